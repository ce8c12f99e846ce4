import { describe, expect, it } from 'vitest';
import { bandFor, formatClock, formatSpoken, formatTargetRange, isNearMax, warningLeadMs } from '#renderer/lib/answerBand.js';

const limits = { minSeconds: 60, maxSeconds: 120 };

describe('answer band', () => {
  it('is under below the minimum, in between (inclusive), over past the maximum', () => {
    expect(bandFor(0, limits)).toBe('under');
    expect(bandFor(59_999, limits)).toBe('under');
    expect(bandFor(60_000, limits)).toBe('in');
    expect(bandFor(120_000, limits)).toBe('in');
    expect(bandFor(120_001, limits)).toBe('over');
  });

  it('warns in the last 15 s before the maximum, not at or past it', () => {
    expect(isNearMax(104_999, limits)).toBe(false);
    expect(isNearMax(105_000, limits)).toBe(true);
    expect(isNearMax(119_999, limits)).toBe(true);
    expect(isNearMax(120_000, limits)).toBe(false);
  });

  it('a narrow band warns for a quarter of its width', () => {
    const narrow = { minSeconds: 20, maxSeconds: 30 };
    expect(warningLeadMs(narrow)).toBe(2500);
    expect(isNearMax(27_499, narrow)).toBe(false);
    expect(isNearMax(27_500, narrow)).toBe(true);
  });

  it('formats times for the eye and for the ear', () => {
    expect(formatClock(0)).toBe('0:00');
    expect(formatClock(65_400)).toBe('1:05');
    expect(formatSpoken(4_000)).toBe('4 s');
    expect(formatSpoken(60_000)).toBe('1 min');
    expect(formatSpoken(125_000)).toBe('2 min 5 s');
  });

  it('writes the target band one way, in the unit its ends share', () => {
    expect(formatTargetRange(limits)).toBe('1–2 min');
    expect(formatTargetRange({ minSeconds: 20, maxSeconds: 45 })).toBe('20–45 s');
    expect(formatTargetRange({ minSeconds: 45, maxSeconds: 90 })).toBe('45 s to 1 min 30 s');
    expect(formatTargetRange({ minSeconds: 0, maxSeconds: 120 })).toBe('0–2 min');
  });
});
