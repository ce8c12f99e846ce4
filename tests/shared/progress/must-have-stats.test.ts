import { describe, expect, it } from 'vitest';
import type { Attempt, CriterionMark } from '#shared/schemas/attempt.js';
import { criterionStats, mustHaveStats } from '#shared/progress/criterion-stats.js';
import { localDays } from '#shared/progress/local-day.js';
import { answer, library } from './library-fixture.js';

const utc = localDays('UTC');
const withMustHaves = (a: Attempt, mustHaveMarks: Record<string, CriterionMark>): Attempt => ({
  ...a,
  review: { ...a.review, mustHaveMarks },
});

describe('must-haves in progress', () => {
  const attempts = [
    withMustHaves(answer('billing-error', '2026-11-16T10:00:00Z'), { 'verify-identity': 'not_met', 'own-next-step': 'partly' }),
    withMustHaves(answer('billing-error', '2026-11-24T10:00:00Z', { marks: { empathy: 'met' } }), { 'verify-identity': 'met' }),
    answer('epic', '2026-11-25T10:00:00Z', { marks: { empathy: 'met' } }), // written before must-haves: none
  ];

  it('counts every must-have mark together, partly as half, week by week', () => {
    expect(mustHaveStats(attempts, utc)).toEqual({
      met: 1,
      partly: 1,
      notMet: 1,
      share: 0.5,
      trend: [
        { weekStart: '2026-11-16', met: 0, partly: 1, notMet: 1 },
        { weekStart: '2026-11-23', met: 1, partly: 0, notMet: 0 },
      ],
    });
    expect(mustHaveStats([], utc)).toEqual({ met: 0, partly: 0, notMet: 0, share: null, trend: [] });
  });

  it('counts them among all points of the checklist in the overall trend', () => {
    const { overallTrend } = criterionStats(library.criteria, attempts, utc);
    expect(overallTrend).toEqual([
      { weekStart: '2026-11-16', met: 0, partly: 1, notMet: 1 },
      { weekStart: '2026-11-23', met: 3, partly: 0, notMet: 0 },
    ]);
  });
});
