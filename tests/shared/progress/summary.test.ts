import { describe, expect, it } from 'vitest';
import type { Measurements } from '#shared/schemas/measurements.js';
import { categoryStats } from '#shared/progress/category-stats.js';
import { criterionStats, shareMet } from '#shared/progress/criterion-stats.js';
import { localDays } from '#shared/progress/local-day.js';
import { measurementTrend } from '#shared/progress/measurement-trend.js';
import { questionStats } from '#shared/progress/question-stats.js';
import { progressSummary } from '#shared/progress/summary.js';
import { answer, library } from './library-fixture.js';

const NOW = new Date('2026-11-27T18:00:00.000Z');
const utc = localDays('UTC');

describe('per-question figures', () => {
  it('counts attempts, keeps the newest rating as latest and the highest as best', () => {
    const stats = questionStats([
      answer('billing-error', '2026-11-20T10:00:00Z', { rating: 2 }),
      answer('billing-error', '2026-11-25T10:00:00Z', { rating: 5 }),
      answer('billing-error', '2026-11-26T10:00:00Z', { rating: 3 }),
      answer('billing-error', '2026-11-27T10:00:00Z'), // newest, not rated yet
      answer('epic', '2026-11-01T10:00:00Z'),
    ]);
    expect(stats.get('billing-error')).toEqual({
      questionId: 'billing-error',
      attempts: 4,
      rated: 3,
      latestRating: 3,
      bestRating: 5,
      lastPractisedAt: '2026-11-27T10:00:00Z',
    });
    expect(stats.get('epic')).toMatchObject({ attempts: 1, rated: 0, latestRating: null, bestRating: null });
    expect(stats.has('outage')).toBe(false);
  });
});

describe('per-category figures', () => {
  it('shows coverage and the mean of latest ratings', () => {
    const stats = questionStats([
      answer('billing-error', '2026-11-20T10:00:00Z', { rating: 2 }),
      answer('prior-auth', '2026-11-21T10:00:00Z', { rating: 3 }),
      answer('epic', '2026-11-21T10:00:00Z'),
    ]);
    const categories = categoryStats(library, stats);
    expect(categories.find((c) => c.categoryId === 'billing')).toEqual({
      categoryId: 'billing',
      questionsTotal: 2,
      questionsPractised: 2,
      attempts: 2,
      averageRating: 2.5,
      ratedQuestions: 2,
    });
    expect(categories.find((c) => c.categoryId === 'ehr')).toMatchObject({ questionsPractised: 1, averageRating: null });
    expect(categories.find((c) => c.categoryId === 'closing')).toMatchObject({ questionsPractised: 0, attempts: 0 });
  });
});

describe('per-criterion figures', () => {
  it('counts partly as half, and groups the marks by the week the answer was given', () => {
    const attempts = [
      answer('billing-error', '2026-11-16T10:00:00Z', { marks: { star: 'not_met', empathy: 'met' } }),
      answer('billing-error', '2026-11-18T10:00:00Z', { marks: { star: 'partly' } }),
      // Reviewed much later: still counted in the week it was said.
      answer('epic', '2026-11-24T10:00:00Z', { marks: { star: 'met' }, reviewedAt: '2026-12-20T10:00:00Z' }),
      answer('epic', '2026-11-25T10:00:00Z', { marks: { star: 'met' } }),
    ];
    const { criteria, overallTrend } = criterionStats(library.criteria, attempts, utc);
    const star = criteria.find((c) => c.criterionId === 'star')!;
    expect(star).toMatchObject({ met: 2, partly: 1, notMet: 1, share: 2.5 / 4 });
    expect(star.trend).toEqual([
      { weekStart: '2026-11-16', met: 0, partly: 1, notMet: 1 },
      { weekStart: '2026-11-23', met: 2, partly: 0, notMet: 0 },
    ]);
    expect(criteria.find((c) => c.criterionId === 'specific-example')).toMatchObject({ share: null, trend: [] });
    expect(overallTrend[0]).toEqual({ weekStart: '2026-11-16', met: 1, partly: 1, notMet: 1 });
    expect(shareMet({ met: 0, partly: 0, notMet: 0 })).toBeNull();
  });
});

describe('measurements over time', () => {
  const measured = (createdAt: string, speechMs: number, pauseCount: number, voice: Partial<Measurements> = {}) => ({
    ...answer('epic', createdAt),
    measurements: {
      ...voice,
      durationMs: speechMs + 2000,
      speechMs,
      leadingSilenceMs: 1000,
      trailingSilenceMs: 1000,
      pauses: [],
      pauseCount,
      longestPauseMs: 800,
      speechLevelDb: -20,
      levelSteadinessDb: 7,
      noiseFloorDb: -60,
      clippedShare: 0,
    } satisfies Measurements,
  });

  it('averages each practice day and leaves unmeasured answers out', () => {
    const trend = measurementTrend(
      [
        measured('2026-11-26T09:00:00Z', 60_000, 2),
        measured('2026-11-26T10:00:00Z', 80_000, 4),
        answer('epic', '2026-11-26T11:00:00Z'),
        measured('2026-11-27T09:00:00Z', 90_000, 1),
      ],
      utc,
    );
    expect(trend).toEqual([
      {
        date: '2026-11-26',
        answers: 2,
        durationMs: 72_000,
        speechMs: 70_000,
        leadingSilenceMs: 1000,
        pauseCount: 3,
        longestPauseMs: 800,
        wordsPerMinute: null,
        pitchVariety: null,
      },
      {
        date: '2026-11-27',
        answers: 1,
        durationMs: 92_000,
        speechMs: 90_000,
        leadingSilenceMs: 1000,
        pauseCount: 1,
        longestPauseMs: 800,
        wordsPerMinute: null,
        pitchVariety: null,
      },
    ]);
  });

  it('averages pace and pitch variety over the answers that have them, per day', () => {
    const trend = measurementTrend(
      [
        measured('2026-11-26T09:00:00Z', 60_000, 2, { wordsPerMinute: 140, pitchVariety: 2 }),
        measured('2026-11-26T10:00:00Z', 80_000, 4, { wordsPerMinute: 170, pitchVariety: 1 }),
        measured('2026-11-26T11:00:00Z', 80_000, 4), // measured before pace existed
        measured('2026-11-27T09:00:00Z', 90_000, 1, { wordsPerMinute: null, pitchVariety: null }), // too short to tell
      ],
      utc,
    );
    expect(trend.map((d) => [d.answers, d.wordsPerMinute, d.pitchVariety])).toEqual([
      [3, 155, 1.5],
      [1, null, null],
    ]);
  });
});

describe('the whole summary', () => {
  it('is empty but complete with no answers', () => {
    const summary = progressSummary({ attempts: [], library, timeZone: 'UTC', now: NOW });
    expect(summary.totals).toEqual({ attempts: 0, reviewed: 0, rated: 0, measured: 0, questionsPractised: 0, questionsTotal: 14 });
    expect(summary.readiness).toBe('No answers yet — practice a question to see how ready you are.');
    expect(summary.calendar.currentStreak).toBe(0);
    expect(summary.calendar.today).toBe('2026-11-27');
    expect(summary.questions).toEqual([]);
    expect(summary.measurements).toEqual([]);
  });

  it('joins the parts, in the user’s time zone', () => {
    const attempts = [
      answer('billing-error', '2026-11-26T02:00:00Z', { rating: 2, marks: { star: 'met' } }), // 25 Nov in New York
      answer('epic', '2026-11-27T15:00:00Z'),
      answer('retired-question', '2026-11-27T15:00:00Z'), // no longer in the bank: counted, not covered
    ];
    const summary = progressSummary({ attempts, library, timeZone: 'America/New_York', now: NOW });
    expect(summary.totals).toMatchObject({ attempts: 3, reviewed: 1, rated: 1, questionsPractised: 2, questionsTotal: 14 });
    expect(summary.calendar).toMatchObject({ today: '2026-11-27', currentStreak: 1, activeDays: 2 });
    expect(summary.calendar.days.find((d) => d.date === '2026-11-25')?.answers).toBe(1);
    expect(summary.readiness).toContain('12 of 14 questions not yet practiced');
  });
});
