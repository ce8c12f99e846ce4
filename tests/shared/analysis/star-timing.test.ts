import { describe, expect, it } from 'vitest';
import { EMPTY_STAR_MARKS } from '#shared/schemas/attempt.js';
import { answerSpan, starAdvice, starTiming } from '#shared/analysis/star-timing.js';

const span = { startMs: 0, endMs: 100_000 };

describe('STAR timing', () => {
  it('gives nothing when no part is marked', () => {
    expect(starTiming(EMPTY_STAR_MARKS, span)).toBeNull();
  });

  it('runs each part until the next mark and the last until the final word', () => {
    const timing = starTiming({ situation: 0, task: 10_000, action: 25_000, result: 80_000 }, span)!;
    expect(timing.segments.map((s) => [s.part, s.startMs, s.endMs])).toEqual([
      ['situation', 0, 10_000],
      ['task', 10_000, 25_000],
      ['action', 25_000, 80_000],
      ['result', 80_000, 100_000],
    ]);
    expect(timing.segments.map((s) => s.share)).toEqual([0.1, 0.15, 0.55, 0.2]);
    expect(timing.setupShare).toBeCloseTo(0.25);
    expect(timing.outOfOrder).toBe(false);
    expect(starAdvice(timing, { situation: 0, task: 10_000, action: 25_000, result: 80_000 })).toEqual([]);
  });

  it('takes shares of the spoken answer: think time before the first word and silence after the last count for nothing', () => {
    const timing = starTiming({ situation: 5000, task: null, action: 25_000, result: 45_000 }, { startMs: 5000, endMs: 55_000 })!;
    expect(timing.answerMs).toBe(50_000);
    expect(timing.segments.map((s) => s.share)).toEqual([0.4, 0.4, 0.2]);
  });

  it('reports time before a late first mark', () => {
    const timing = starTiming({ situation: null, task: null, action: 30_000, result: 60_000 }, { startMs: 2000, endMs: 90_000 })!;
    expect(timing.unmarkedLeadMs).toBe(28_000);
  });

  it('flags a long setup, a missing or short result, a missing action and marks out of order', () => {
    const longSetup = { situation: 0, task: 30_000, action: 50_000, result: 80_000 };
    expect(starAdvice(starTiming(longSetup, span)!, longSetup)).toEqual(['setup_long']);
    const noResult = { situation: 0, task: 10_000, action: 20_000, result: null };
    expect(starAdvice(starTiming(noResult, span)!, noResult)).toEqual(['no_result']);
    const shortResult = { situation: 0, task: 10_000, action: 20_000, result: 95_000 };
    expect(starAdvice(starTiming(shortResult, span)!, shortResult)).toEqual(['result_short']);
    const noAction = { situation: 0, task: 10_000, action: null, result: 30_000 };
    expect(starAdvice(starTiming(noAction, span)!, noAction)).toEqual(['no_action']);
    const swapped = { situation: 0, task: 10_000, action: 60_000, result: 30_000 };
    const timing = starTiming(swapped, span)!;
    expect(timing.segments.map((s) => s.part)).toEqual(['situation', 'task', 'result', 'action']);
    expect(starAdvice(timing, swapped)).toEqual(['out_of_order']);
  });

  it('keeps marks past the last word inside the answer rather than giving negative lengths', () => {
    const timing = starTiming({ situation: 0, task: null, action: 10_000, result: 120_000 }, span)!;
    expect(timing.answerMs).toBe(120_000);
    expect(timing.segments.every((s) => s.endMs >= s.startMs)).toBe(true);
  });

  it('uses the measured first and last word for the answer span, the whole recording without them', () => {
    expect(answerSpan(9000, null)).toEqual({ startMs: 0, endMs: 9000 });
    expect(answerSpan(9000, { durationMs: 9100, leadingSilenceMs: 1500, trailingSilenceMs: 600, speechMs: 6000 })).toEqual({
      startMs: 1500,
      endMs: 8500,
    });
    expect(answerSpan(9000, { durationMs: 9100, leadingSilenceMs: 9100, trailingSilenceMs: 0, speechMs: 0 })).toEqual({
      startMs: 0,
      endMs: 9000,
    });
  });
});
