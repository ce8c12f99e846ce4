import type { DueItem, DueQueue } from '#shared/schemas/schedule.js';
import { formatRating, plural } from '#renderer/lib/format.js';

/** Why a question is in today's queue, in a few words. */
export function dueReason(item: DueItem): string {
  switch (item.kind) {
    case 'due': {
      const when = item.overdueDays === 0 ? 'Due today' : `Due ${plural(item.overdueDays, 'day')} ago`;
      return item.lastRating === null ? when : `${when} · last rated ${formatRating(item.lastRating)}`;
    }
    case 'unrated':
      return 'Practiced but not rated yet';
    case 'new':
      return 'New question';
  }
}

/** "7 questions today: 3 due for review, 1 not rated yet, 3 new" */
export function queueSummary(queue: DueQueue): string {
  const count = (kind: DueItem['kind']) => queue.items.filter((i) => i.kind === kind).length;
  const parts = [
    count('due') > 0 ? `${count('due')} due for review` : null,
    count('unrated') > 0 ? `${count('unrated')} not rated yet` : null,
    count('new') > 0 ? `${count('new')} new` : null,
  ].filter((p): p is string => p !== null);
  return `${plural(queue.items.length, 'question')} to practice today: ${parts.join(', ')}.`;
}
