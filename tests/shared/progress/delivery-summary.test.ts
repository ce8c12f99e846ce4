import { describe, expect, it } from 'vitest';
import { deliverySummary } from '#shared/progress/delivery-summary.js';
import type { MeasurementDay } from '#shared/schemas/progress.js';

const day = (date: string, answers: number, wordsPerMinute: number | null | undefined, pitchVariety?: number | null): MeasurementDay => ({
  date,
  answers,
  durationMs: 60_000,
  speechMs: 50_000,
  leadingSilenceMs: 1000,
  pauseCount: 1,
  longestPauseMs: 800,
  wordsPerMinute,
  pitchVariety,
});

describe('delivery summary for the readiness report', () => {
  it('averages the latest days that have a pace, weighted by answers, and gives no "before" with too few days', () => {
    const s = deliverySummary([day('2026-11-01', 1, undefined), day('2026-11-02', 1, 180, 1), day('2026-11-03', 3, 140, 2)]);
    expect(s.pace).toEqual({ first: null, recent: 150 });
    expect(s.variety).toEqual({ first: null, recent: 1.75 });
  });

  it('compares the first days with the latest once they do not overlap', () => {
    const days = [190, 185, 180, 160, 150, 140].map((wpm, i) => day(`2026-11-0${i + 1}`, 1, wpm));
    expect(deliverySummary(days).pace).toEqual({ first: 185, recent: 150 });
  });

  it('is empty for days measured before pace existed', () => {
    expect(deliverySummary([day('2026-11-01', 2, undefined), day('2026-11-02', 1, null)])).toEqual({
      pace: { first: null, recent: null },
      variety: { first: null, recent: null },
    });
  });
});
