import { describe, expect, it } from 'vitest';
import { compareGroups, NOT_MEASURED } from '#renderer/compare/compareRows.js';
import type { Criterion } from '#shared/content/schema.js';
import type { Measurements } from '#shared/schemas/measurements.js';
import { makeAttempt } from '#tests/support/attempt-factory.js';

const criteria: Criterion[] = [{ id: 'star', label: 'STAR structure', meaning: 'm', listenFor: 'l', guideSection: 'g' }];
const measurements: Measurements = {
  durationMs: 62_000,
  speechMs: 55_000,
  leadingSilenceMs: 1_500,
  trailingSilenceMs: 500,
  pauses: [],
  pauseCount: 3,
  longestPauseMs: 1_200,
  speechLevelDb: -20.04,
  levelSteadinessDb: 7,
  noiseFloorDb: -60,
  clippedShare: 0,
};

describe('compare rows', () => {
  it('reads across: reviews and measurements of A and B, "not measured" where there are none', () => {
    const a = makeAttempt({
      durationMs: 62_000,
      measurements,
      review: { marks: { star: 'partly' }, criterionNotes: {}, rating: 3, nextTime: 'Shorter setup' },
    });
    const b = makeAttempt({ durationMs: 45_000, measurements: null });
    const [review, measured] = compareGroups(a, b, criteria);
    expect(review!.rows).toEqual([
      { label: 'Overall rating', a: '3 / 5', b: 'not rated' },
      { label: 'STAR structure', a: 'Partly', b: 'not marked' },
      { label: 'Next time I will…', a: 'Shorter setup', b: '—' },
    ]);
    expect(measured!.rows[0]).toEqual({ label: 'Length', a: '1 min 2 s', b: '45 s' });
    expect(measured!.rows.find((r) => r.label === 'Pauses')).toEqual({ label: 'Pauses', a: '3', b: NOT_MEASURED });
    expect(measured!.rows.find((r) => r.label === 'Time to first word')).toEqual({
      label: 'Time to first word',
      a: '1.5 s',
      b: NOT_MEASURED,
    });
    expect(measured!.rows.slice(1).every((r) => r.b === NOT_MEASURED)).toBe(true);
  });

  it('sets the two paces and pitch varieties side by side; a take from before pace says "not measured"', () => {
    const a = makeAttempt({
      measurements: { ...measurements, wordsPerMinute: 148, pitchVariety: 2.4, pitchRangeSemitones: 8.2, pitchMedianHz: 190 },
    });
    const b = makeAttempt({ measurements });
    const c = makeAttempt({ measurements: { ...measurements, wordsPerMinute: null, pitchVariety: null, pitchRangeSemitones: null } });
    const rows = (x: typeof a, y: typeof a) => compareGroups(x, y, criteria)[1]!.rows;
    expect(rows(a, b).find((r) => r.label === 'Pace')).toEqual({ label: 'Pace', a: '148 words/min (comfortable)', b: NOT_MEASURED });
    expect(rows(a, c).find((r) => r.label === 'Pitch variety')).toEqual({ label: 'Pitch variety', a: 'Lively (8 semitones)', b: '—' });
  });
});
