import { Rating } from 'ts-fsrs';
import { describe, expect, it } from 'vitest';
import { gradeFor, MAXIMUM_INTERVAL_DAYS, scheduleFromReviews } from '#shared/progress/fsrs-schedule.js';
import { questionHistories } from '#shared/progress/review-history.js';
import { answer } from './library-fixture.js';

const DAY = 86_400_000;
const daysAfter = (from: string, to: Date) => Math.round((to.getTime() - Date.parse(from)) / DAY);

describe('FSRS scheduling from ratings', () => {
  it('maps the five ratings onto the four grades', () => {
    expect([1, 2, 3, 4, 5].map(gradeFor)).toEqual([Rating.Again, Rating.Again, Rating.Hard, Rating.Good, Rating.Easy]);
  });

  it('brings a weak answer back sooner than a strong one', () => {
    const at = '2026-11-20T10:00:00.000Z';
    const due = (rating: number) => daysAfter(at, scheduleFromReviews([{ at, rating }])!.due);
    expect(due(1)).toBe(1);
    expect(due(2)).toBe(1);
    expect(due(3)).toBeGreaterThan(due(2));
    expect(due(4)).toBeGreaterThan(due(3));
    expect(due(5)).toBeGreaterThan(due(4));
  });

  it('spaces steady good answers further apart, and a lapse pulls the question back', () => {
    const reviews = [
      { at: '2026-10-01T10:00:00.000Z', rating: 4 },
      { at: '2026-10-04T10:00:00.000Z', rating: 4 },
      { at: '2026-10-15T10:00:00.000Z', rating: 4 },
    ];
    const steady = scheduleFromReviews(reviews)!;
    const lastGap = daysAfter(reviews[2]!.at, steady.due);
    expect(lastGap).toBeGreaterThan(11);
    expect(lastGap).toBeLessThanOrEqual(MAXIMUM_INTERVAL_DAYS);
    const lapsed = scheduleFromReviews([...reviews, { at: '2026-11-20T10:00:00.000Z', rating: 1 }])!;
    expect(daysAfter('2026-11-20T10:00:00.000Z', lapsed.due)).toBe(1);
    expect(lapsed.lapses).toBe(1);
    expect(lapsed.reviews).toBe(4);
    expect(lapsed.lastRating).toBe(1);
  });

  it('never waits longer than the cap, however easy', () => {
    let at = Date.parse('2026-01-01T10:00:00.000Z');
    const reviews = [];
    for (let i = 0; i < 8; i++) {
      reviews.push({ at: new Date(at).toISOString(), rating: 5 });
      at = scheduleFromReviews(reviews)!.due.getTime();
    }
    const last = scheduleFromReviews(reviews)!;
    expect(daysAfter(reviews.at(-1)!.at, last.due)).toBe(MAXIMUM_INTERVAL_DAYS);
  });

  it('replays the history in rating order, so the same attempts always give the same card', () => {
    const attempts = [
      answer('epic', '2026-11-01T10:00:00.000Z', { rating: 4, reviewedAt: '2026-11-10T10:00:00.000Z' }), // rated late
      answer('epic', '2026-11-05T10:00:00.000Z', { rating: 2, reviewedAt: '2026-11-05T10:05:00.000Z' }),
      answer('epic', '2026-11-06T10:00:00.000Z'), // never rated: not part of the schedule
    ];
    const history = questionHistories(attempts).get('epic')!;
    expect(history.reviews.map((r) => r.rating)).toEqual([2, 4]);
    expect(history.attempts).toBe(3);
    expect(history.firstPractisedAt).toBe('2026-11-01T10:00:00.000Z');
    const again = questionHistories([...attempts].reverse()).get('epic')!;
    expect(again.fingerprint).toBe(history.fingerprint);
    expect(scheduleFromReviews(again.reviews)).toEqual(scheduleFromReviews(history.reviews));
    expect(scheduleFromReviews([])).toBeNull();
  });
});
