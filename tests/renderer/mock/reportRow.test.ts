import { describe, expect, it } from 'vitest';
import { measuredText } from '#renderer/mock/ReportRow.js';
import type { Measurements } from '#shared/schemas/measurements.js';
import { makeAttempt } from '#tests/support/attempt-factory.js';

const measurements: Measurements = {
  durationMs: 62_000,
  speechMs: 55_000,
  leadingSilenceMs: 1_500,
  trailingSilenceMs: 500,
  pauses: [],
  pauseCount: 1,
  longestPauseMs: 1_200,
  speechLevelDb: -20,
  levelSteadinessDb: 7,
  noiseFloorDb: -60,
  clippedShare: 0,
};

/** The line as read: numbers stay with their units (a no-break space between them). */
const read = (text: string) => text.replaceAll('\u00a0', ' ');

describe('the mock report’s delivery line', () => {
  it('adds pace and pitch variety where the take has them', () => {
    const text = measuredText(
      makeAttempt({ measurements: { ...measurements, wordsPerMinute: 172, pitchVariety: 0.7, pitchRangeSemitones: 3 } }),
    );
    expect(read(text)).toBe('spoke 55 s · first word after 1.5 s · 1 pause · 172 words/min (a little fast) · pitch: fairly monotone');
  });

  it('leaves them out for a take measured before they existed, or with too little speech', () => {
    expect(read(measuredText(makeAttempt({ measurements })))).toBe('spoke 55 s · first word after 1.5 s · 1 pause');
    expect(read(measuredText(makeAttempt({ measurements: { ...measurements, wordsPerMinute: null, pitchVariety: null } })))).toBe(
      'spoke 55 s · first word after 1.5 s · 1 pause',
    );
  });

  it('keeps each number with its unit, so "0.1" and "s" never part at the end of a line', () => {
    const text = measuredText(makeAttempt({ measurements: { ...measurements, pauseCount: 2, wordsPerMinute: 150 } }));
    expect(text).toContain('first word after 1.5\u00a0s');
    expect(text).toContain('2\u00a0pauses');
    expect(text).toContain('150\u00a0words/min');
    expect(text).toContain(' · ');
  });
});
