import type { Library } from '#shared/content/schema.js';
import type { DueItem, DueQueue } from '#shared/schemas/schedule.js';
import type { QuestionSchedule } from './fsrs-schedule.js';
import { daysBetween, type LocalDays } from './local-day.js';
import type { QuestionHistory } from './review-history.js';

export const UPCOMING_COUNT = 5;

export type DueQueueInput = {
  library: Library;
  histories: ReadonlyMap<string, QuestionHistory>;
  /** FSRS schedules of the questions that have ratings. */
  schedules: ReadonlyMap<string, QuestionSchedule>;
  suspended: ReadonlySet<string>;
  newPerDay: number;
  days: LocalDays;
  now: Date;
};

/**
 * Never-practised questions in an order that varies the categories: the first of each category in
 * turn, then the second of each, so a day's new questions are not five billing questions in a row.
 */
export function interleavedNewQuestions(library: Library, isCandidate: (questionId: string) => boolean): string[] {
  const perCategory = library.categories.map((c) =>
    library.questions.filter((q) => q.categoryId === c.id && isCandidate(q.id)).map((q) => q.id),
  );
  const order: string[] = [];
  for (let round = 0; perCategory.some((ids) => round < ids.length); round++) {
    for (const ids of perCategory) if (round < ids.length) order.push(ids[round]!);
  }
  return order;
}

/**
 * Today's queue: questions FSRS says are due (most overdue first, then the weakest), questions
 * practised but never rated, then those of the day's new questions not yet practised.
 * Suspended questions are left out of all of it.
 */
export function dueQueue(input: DueQueueInput): DueQueue {
  const { library, histories, schedules, suspended, days } = input;
  const today = days.dayOf(input.now);
  const due: DueItem[] = [];
  const unrated: DueItem[] = [];
  const upcoming: DueQueue['upcoming'] = [];
  let newStartedToday = 0;

  for (const q of library.questions) {
    const history = histories.get(q.id);
    if (!history) continue;
    if (days.dayOf(history.firstPractisedAt) === today) newStartedToday++;
    if (suspended.has(q.id)) continue;
    const schedule = schedules.get(q.id);
    if (!schedule) {
      unrated.push({ questionId: q.id, kind: 'unrated', dueOn: null, overdueDays: 0, lastRating: null, reviews: 0, lapses: 0 });
      continue;
    }
    const dueOn = days.dayOf(schedule.due);
    if (dueOn > today) {
      upcoming.push({ questionId: q.id, dueOn });
      continue;
    }
    due.push({
      questionId: q.id,
      kind: 'due',
      dueOn,
      overdueDays: daysBetween(dueOn, today),
      lastRating: schedule.lastRating,
      reviews: schedule.reviews,
      lapses: schedule.lapses,
    });
  }
  due.sort((a, b) => b.overdueDays - a.overdueDays || (a.lastRating ?? 0) - (b.lastRating ?? 0));
  upcoming.sort((a, b) => a.dueOn.localeCompare(b.dueOn));

  const fresh = interleavedNewQuestions(library, (id) => !histories.has(id) && !suspended.has(id));
  // The day's new questions are chosen from the questions as they stood when the day began (those
  // first practised today count as new still), so practising one of them, or any other question,
  // never swaps a different new question into the list during the day.
  const newAtDayStart = (id: string) => {
    const history = histories.get(id);
    return !suspended.has(id) && (!history || days.dayOf(history.firstPractisedAt) === today);
  };
  const todaysNew = interleavedNewQuestions(library, newAtDayStart).slice(0, input.newPerDay);
  const introduced = todaysNew
    .filter((questionId) => !histories.has(questionId))
    .map((questionId): DueItem => ({ questionId, kind: 'new', dueOn: null, overdueDays: 0, lastRating: null, reviews: 0, lapses: 0 }));

  return {
    today,
    items: [...due, ...unrated, ...introduced],
    newPerDay: input.newPerDay,
    newStartedToday,
    newWaiting: fresh.length - introduced.length,
    upcoming: upcoming.slice(0, UPCOMING_COUNT),
    suspended: library.questions.filter((q) => suspended.has(q.id)).map((q) => q.id),
  };
}
