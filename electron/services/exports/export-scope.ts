import type { ExportScope } from '#shared/schemas/archive.js';
import type { Attempt } from '#shared/schemas/attempt.js';

const DAY_PATTERN = /^\d{4}-\d{2}-\d{2}$/;

/**
 * The instant a scope bound stands for. A bare day is the user's own calendar day on this
 * computer (main runs on it): `from` is its first moment, `to` the first moment of the next day.
 */
export function boundMs(value: string, edge: 'start' | 'endExclusive'): number {
  if (!DAY_PATTERN.test(value)) return new Date(value).getTime() + (edge === 'endExclusive' ? 1 : 0);
  const [y, m, d] = value.split('-').map(Number) as [number, number, number];
  return new Date(y, m - 1, edge === 'start' ? d : d + 1).getTime();
}

/** The attempts a scope chooses, oldest first (ties by id), so an export is the same every time. */
export function selectAttempts<A extends Attempt>(attempts: readonly A[], scope: ExportScope): A[] {
  const from = scope.from ? boundMs(scope.from, 'start') : -Infinity;
  const to = scope.to ? boundMs(scope.to, 'endExclusive') : Infinity;
  const questions = scope.questionIds?.length ? new Set(scope.questionIds) : null;
  return attempts
    .filter((a) => {
      const at = new Date(a.createdAt).getTime();
      return at >= from && at < to && (!questions || questions.has(a.questionId));
    })
    .sort((a, b) => Date.parse(a.createdAt) - Date.parse(b.createdAt) || a.id.localeCompare(b.id));
}
