import { describe, expect, it } from 'vitest';
import { calibrationNotes, type CalibrationInput } from '#shared/analysis/calibration.js';
import { EMPTY_STAR_MARKS } from '#shared/schemas/attempt.js';
import type { Measurements } from '#shared/schemas/measurements.js';

const target = { minSeconds: 60, maxSeconds: 120 };

function measured(durationMs: number, leadingSilenceMs = 1000, trailingSilenceMs = 1000): Measurements {
  return {
    durationMs,
    speechMs: durationMs - leadingSilenceMs - trailingSilenceMs,
    leadingSilenceMs,
    trailingSilenceMs,
    pauses: [],
    pauseCount: 0,
    longestPauseMs: 0,
    speechLevelDb: -20,
    levelSteadinessDb: 7,
    noiseFloorDb: -70,
    clippedShare: 0,
  };
}

const input = (over: Partial<CalibrationInput>): CalibrationInput => ({
  marks: {},
  durationMs: 90_000,
  measurements: null,
  starMarks: EMPTY_STAR_MARKS,
  target,
  ...over,
});

describe('calibration notes', () => {
  it('says nothing when no tick is contradicted', () => {
    expect(calibrationNotes(input({ marks: { length: 'met', star: 'met' } }))).toEqual([]);
    expect(calibrationNotes(input({ marks: {}, durationMs: 300_000 }))).toEqual([]);
  });

  it('questions "concise" on an answer that ran over the target, by the time of the last word', () => {
    const notes = calibrationNotes(input({ marks: { length: 'met' }, durationMs: 200_000, measurements: measured(200_000, 2000, 10_000) }));
    expect(notes).toEqual([{ criterionId: 'length', text: 'You marked this concise, but it ran 3:10 — over your 2:00 target.' }]);
  });

  it('does not count silence before Stop, nor a few seconds over, against the answer', () => {
    // 1:58 of answer, then 20 s before Stop was pressed.
    expect(
      calibrationNotes(input({ marks: { length: 'met' }, durationMs: 138_000, measurements: measured(138_000, 1000, 20_000) })),
    ).toEqual([]);
    expect(calibrationNotes(input({ marks: { length: 'met' }, durationMs: 124_000 }))).toEqual([]);
  });

  it('questions "within the target" on an answer far under the shortest length', () => {
    const notes = calibrationNotes(input({ marks: { length: 'met' }, durationMs: 35_000 }));
    expect(notes).toEqual([
      { criterionId: 'length', text: 'You marked this within the target, but it ran 0:35 — under your 1:00 minimum.' },
    ]);
  });

  it('leaves a harsher self-judgement alone', () => {
    expect(calibrationNotes(input({ marks: { length: 'not_met' }, durationMs: 90_000 }))).toEqual([]);
    expect(calibrationNotes(input({ marks: { length: 'partly' }, durationMs: 300_000 }))).toEqual([]);
    expect(
      calibrationNotes(input({ marks: { star: 'partly' }, starMarks: { situation: 0, task: null, action: null, result: null } })),
    ).toEqual([]);
  });

  it('questions a STAR tick when the Result is missing, short, or the setup took most of the time', () => {
    const noResult = calibrationNotes(
      input({ marks: { star: 'met' }, starMarks: { situation: 0, task: 10_000, action: 30_000, result: null } }),
    );
    expect(noResult.map((n) => n.text)).toEqual([
      'You marked STAR as met, but no Result is marked — did the answer say how it turned out?',
    ]);

    const short = calibrationNotes(
      input({ marks: { star: 'met' }, starMarks: { situation: 0, task: 10_000, action: 30_000, result: 86_000 } }),
    );
    expect(short.map((n) => n.text)).toEqual(['You marked STAR as met, but the Result took only 4 s (4% of the answer).']);

    const setup = calibrationNotes(
      input({ marks: { star: 'met' }, starMarks: { situation: 0, task: 30_000, action: 50_000, result: 70_000 } }),
    );
    expect(setup).toEqual([
      {
        criterionId: 'star',
        text: 'You marked STAR as met, but Situation and Task took 56% of the answer — coaching advice (not the guide’s words) is to spend most of it on your Action and the Result.',
      },
    ]);
  });

  it('says nothing about STAR without any marks to go on', () => {
    expect(calibrationNotes(input({ marks: { star: 'met' } }))).toEqual([]);
  });

  it('questions "concise" gently when the take fit the time only by going clearly fast, or dragged', () => {
    const at = (wordsPerMinute: number | null) => ({ ...measured(90_000), wordsPerMinute });
    const fast = calibrationNotes(input({ marks: { length: 'met' }, measurements: at(195) }));
    expect(fast).toEqual([{ criterionId: 'length', text: expect.stringContaining('about 195 words/min it went fast') }]);
    const slow = calibrationNotes(input({ marks: { length: 'met' }, measurements: at(92) }));
    expect(slow[0]!.text).toContain('about 92 words/min the delivery was slow');
    // A little outside the band is within the estimate's error: not mentioned. Nor is pace without the tick,
    // nor on measurements made before pace existed.
    expect(calibrationNotes(input({ marks: { length: 'met' }, measurements: at(172) }))).toEqual([]);
    expect(calibrationNotes(input({ marks: { length: 'not_met' }, measurements: at(195) }))).toEqual([]);
    expect(calibrationNotes(input({ marks: { length: 'met' }, measurements: at(null) }))).toEqual([]);
    expect(calibrationNotes(input({ marks: { length: 'met' }, measurements: measured(90_000) }))).toEqual([]);
  });

  it('gives one note per tick: an answer over time is told about the time, not also the pace', () => {
    const m = { ...measured(200_000, 2000, 10_000), wordsPerMinute: 200 };
    const notes = calibrationNotes(input({ marks: { length: 'met' }, durationMs: 200_000, measurements: m }));
    expect(notes).toHaveLength(1);
    expect(notes[0]!.text).toContain('over your');
  });
});
