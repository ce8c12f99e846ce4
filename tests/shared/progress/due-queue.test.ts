import { describe, expect, it } from 'vitest';
import type { Attempt } from '#shared/schemas/attempt.js';
import { dueQueue, interleavedNewQuestions } from '#shared/progress/due-queue.js';
import { scheduleFromReviews } from '#shared/progress/fsrs-schedule.js';
import { localDays } from '#shared/progress/local-day.js';
import { questionHistories } from '#shared/progress/review-history.js';
import { answer, library } from './library-fixture.js';

function queue(attempts: Attempt[], now: string, options: { suspended?: string[]; newPerDay?: number; timeZone?: string } = {}) {
  const histories = questionHistories(attempts);
  const schedules = new Map(
    [...histories].flatMap(([id, h]) => {
      const s = scheduleFromReviews(h.reviews);
      return s ? [[id, s] as const] : [];
    }),
  );
  return dueQueue({
    library,
    histories,
    schedules,
    suspended: new Set(options.suspended ?? []),
    newPerDay: options.newPerDay ?? 5,
    days: localDays(options.timeZone ?? 'UTC'),
    now: new Date(now),
  });
}

describe('the due-today queue', () => {
  it('brings back a weak answer the next day and a strong one later', () => {
    const attempts = [
      answer('billing-error', '2026-11-20T10:00:00Z', { rating: 1 }),
      answer('epic', '2026-11-20T10:00:00Z', { rating: 5 }),
    ];
    const nextDay = queue(attempts, '2026-11-21T09:00:00Z', { newPerDay: 0 });
    expect(nextDay.items.map((i) => [i.questionId, i.kind])).toEqual([['billing-error', 'due']]);
    expect(nextDay.upcoming.map((u) => u.questionId)).toEqual(['epic']);
    expect(nextDay.upcoming[0]!.dueOn > '2026-11-24').toBe(true);
  });

  it('puts the most overdue first, then the weakest, then unrated takes, then new questions', () => {
    const attempts = [
      answer('billing-error', '2026-11-20T10:00:00Z', { rating: 2 }), // due 21st
      answer('angry-caller', '2026-11-18T10:00:00Z', { rating: 1 }), // due 19th: more overdue
      answer('prior-auth', '2026-11-20T10:00:00Z', { rating: 1 }), // due 21st, weaker than billing-error
      answer('epic', '2026-11-22T10:00:00Z'), // practised, never rated
    ];
    const q = queue(attempts, '2026-11-23T09:00:00Z', { newPerDay: 2 });
    expect(q.items.map((i) => `${i.kind}:${i.questionId}`)).toEqual([
      'due:angry-caller',
      'due:prior-auth',
      'due:billing-error',
      'unrated:epic',
      'new:about-you',
      'new:why-us',
    ]);
    expect(q.items[0]).toMatchObject({ dueOn: '2026-11-19', overdueDays: 4, lastRating: 1, reviews: 1 });
  });

  it('introduces new questions up to the daily limit, counting those already started today', () => {
    const startedToday = [answer('about-you', '2026-11-23T08:00:00Z'), answer('why-us', '2026-11-23T08:30:00Z', { rating: 4 })];
    const q = queue(startedToday, '2026-11-23T12:00:00Z', { newPerDay: 3 });
    expect(q.newStartedToday).toBe(2);
    expect(q.items.filter((i) => i.kind === 'new')).toHaveLength(1);
    expect(q.newWaiting).toBe(14 - 2 - 1);
    expect(queue(startedToday, '2026-11-24T12:00:00Z', { newPerDay: 3 }).items.filter((i) => i.kind === 'new')).toHaveLength(3);
    expect(queue([], '2026-11-23T12:00:00Z', { newPerDay: 0 }).items).toEqual([]);
  });

  it('keeps the day’s new questions fixed while they are practiced', () => {
    const morning = queue([], '2026-11-23T08:00:00Z', { newPerDay: 3 });
    const news = (q: typeof morning) => q.items.filter((i) => i.kind === 'new').map((i) => i.questionId);
    expect(news(morning)).toEqual(['about-you', 'why-us', 'anxious-patient']);
    // Practising the first (its category's next question would come first in a fresh pick) swaps nothing in.
    const afterOne = queue([answer('about-you', '2026-11-23T09:00:00Z')], '2026-11-23T09:05:00Z', { newPerDay: 3 });
    expect(news(afterOne)).toEqual(['why-us', 'anxious-patient']);
    expect(afterOne.items.map((i) => i.questionId)).toContain('about-you'); // back as an unrated take
    // A question practised from the list, outside the day's set, leaves the set as it was.
    const offList = queue([answer('epic', '2026-11-23T09:00:00Z', { rating: 4 })], '2026-11-23T09:05:00Z', { newPerDay: 3 });
    expect(news(offList)).toEqual(['about-you', 'why-us', 'anxious-patient']);
    // The next day picks afresh.
    const tomorrow = queue([answer('about-you', '2026-11-23T09:00:00Z', { rating: 4 })], '2026-11-24T08:00:00Z', { newPerDay: 3 });
    expect(news(tomorrow)).toEqual(['role-in-words', 'why-us', 'anxious-patient']);
  });

  it('varies the categories of new questions', () => {
    expect(interleavedNewQuestions(library, () => true).slice(0, 8)).toEqual([
      'about-you',
      'why-us',
      'anxious-patient',
      'angry-caller',
      'billing-error',
      'epic',
      'questions-for-us',
      'role-in-words',
    ]);
  });

  it('leaves suspended questions out of every list but their own', () => {
    const attempts = [
      answer('billing-error', '2026-11-20T10:00:00Z', { rating: 1 }),
      answer('epic', '2026-11-20T10:00:00Z', { rating: 5 }),
    ];
    const q = queue(attempts, '2026-11-23T09:00:00Z', { suspended: ['billing-error', 'epic', 'about-you'], newPerDay: 1 });
    expect(q.items.map((i) => i.questionId)).toEqual(['role-in-words']); // the opening category's next question
    expect(q.upcoming).toEqual([]);
    expect(q.suspended).toEqual(['about-you', 'billing-error', 'epic']);
  });

  it('decides "today" in the user’s zone: due at midnight in Auckland is not yet due in Los Angeles', () => {
    const attempts = [answer('billing-error', '2026-11-20T08:00:00Z', { rating: 1 })]; // due 21 Nov 08:00 UTC
    const now = '2026-11-21T06:00:00Z';
    expect(queue(attempts, now, { timeZone: 'Pacific/Auckland', newPerDay: 0 }).items).toHaveLength(1); // 21 Nov 19:00 there
    const la = queue(attempts, now, { timeZone: 'America/Los_Angeles', newPerDay: 0 }); // still 20 Nov 22:00
    expect(la.items).toHaveLength(0);
    expect(la.upcoming).toEqual([{ questionId: 'billing-error', dueOn: '2026-11-21' }]);
  });
});
