import { describe, expect, it } from 'vitest';
import { measureSpeech } from '#shared/analysis/measure-speech.js';
import { ANALYSIS_VERSION, MeasurementsSchema } from '#shared/schemas/measurements.js';
import { tonesWithGaps, uniformNoiseDb, whiteNoise } from './signals.js';

/** 0.5 s lead, bursts with an 0.8 s gap (a pause) and a 0.3 s gap (not one), 0.7 s tail. */
const BURSTS = [
  { startS: 0.5, endS: 1.5 },
  { startS: 2.3, endS: 3.3 },
  { startS: 3.6, endS: 4.3 },
];

function measure(samples: Float32Array, sampleRate: number, options?: Parameters<typeof measureSpeech>[2]) {
  const measurements = measureSpeech(samples, sampleRate, options);
  // Every result, however odd the input, must be valid against the shared schema.
  expect(MeasurementsSchema.safeParse(measurements).success).toBe(true);
  return measurements;
}

describe('measureSpeech on tones with gaps', () => {
  it.each([
    ['digital silence between tones', 0],
    ['faint noise between tones', 0.003],
  ])('finds speech, the pause and the edges (%s)', (_name, noisePeak) => {
    const m = measure(tonesWithGaps({ sampleRate: 48000, durationS: 5, bursts: BURSTS, noisePeak }), 48000);
    expect(m.durationMs).toBe(5000);
    expect(m.leadingSilenceMs).toBeCloseTo(500, -1);
    expect(m.trailingSilenceMs).toBeCloseTo(700, -1);
    expect(m.pauses).toHaveLength(1);
    expect(m.pauses[0]!.startMs).toBeCloseTo(1500, -1);
    expect(m.pauses[0]!.endMs).toBeCloseTo(2300, -1);
    expect(m.pauseCount).toBe(1);
    expect(m.longestPauseMs).toBeCloseTo(800, -1);
    // The 0.3 s gap is silence but not a pause, so it is not speech time either.
    expect(m.speechMs).toBeCloseTo(2700, -1);
    // A 0.3 amplitude sine is 0.3/√2 RMS: -13.5 dBFS, and perfectly steady.
    expect(m.speechLevelDb).toBeCloseTo(-13.5, 0);
    expect(m.levelSteadinessDb).toBeLessThan(1);
    expect(m.clippedShare).toBe(0);
  });

  it.each([8000, 11025, 16000, 22050, 44100, 48000, 96000])('gives the same boundaries at %i Hz', (sampleRate) => {
    const m = measure(tonesWithGaps({ sampleRate, durationS: 5, bursts: BURSTS, noisePeak: 0.003 }), sampleRate);
    expect(m.durationMs).toBe(5000);
    expect(Math.abs(m.leadingSilenceMs - 500)).toBeLessThanOrEqual(3);
    expect(Math.abs(m.trailingSilenceMs - 700)).toBeLessThanOrEqual(3);
    expect(m.pauses).toHaveLength(1);
    expect(Math.abs(m.pauses[0]!.startMs - 1500)).toBeLessThanOrEqual(3);
    expect(Math.abs(m.pauses[0]!.endMs - 2300)).toBeLessThanOrEqual(3);
  });

  it('ends a low tone near the 100 Hz high-pass a few milliseconds late, no more', () => {
    // The filter rings on for a moment after a low sound stops; a voice's energy sits mostly well above it.
    const m = measure(tonesWithGaps({ sampleRate: 16000, durationS: 5, bursts: BURSTS, noisePeak: 0.003, hz: 150 }), 16000);
    expect(m.pauses).toHaveLength(1);
    expect(m.pauses[0]!.startMs - 1500).toBeGreaterThanOrEqual(0);
    expect(m.pauses[0]!.startMs - 1500).toBeLessThanOrEqual(12);
    expect(Math.abs(m.pauses[0]!.endMs - 2300)).toBeLessThanOrEqual(3);
  });

  it('works at an odd, very low sample rate', () => {
    const m = measure(tonesWithGaps({ sampleRate: 1000, durationS: 5, bursts: BURSTS, noisePeak: 0.003 }), 1000);
    expect(m.pauses).toHaveLength(1);
    expect(Math.abs(m.pauses[0]!.startMs - 1500)).toBeLessThanOrEqual(15);
  });

  it('honours minPauseMs: at 250 ms the 0.3 s gap is a pause too', () => {
    const m = measure(tonesWithGaps({ sampleRate: 16000, durationS: 5, bursts: BURSTS, noisePeak: 0.003 }), 16000, { minPauseMs: 250 });
    expect(m.pauseCount).toBe(2);
    expect(m.pauses[1]!.startMs).toBeCloseTo(3300, -1);
  });

  it('bridges gaps shorter than 250 ms: they are part of speech, not silence', () => {
    const bursts = [
      { startS: 0.5, endS: 1.0 },
      { startS: 1.1, endS: 1.6 },
    ];
    const m = measure(tonesWithGaps({ sampleRate: 16000, durationS: 2.2, bursts, noisePeak: 0.003 }), 16000);
    expect(m.speechMs).toBeCloseTo(1100, -1);
    expect(m.pauses).toEqual([]);
  });

  it('is not fooled by a DC offset', () => {
    const samples = tonesWithGaps({ sampleRate: 16000, durationS: 5, bursts: BURSTS, noisePeak: 0.003 }).map((x) => x + 0.2);
    const m = measure(samples, 16000);
    expect(m.pauses).toHaveLength(1);
    expect(m.leadingSilenceMs).toBeCloseTo(500, -1);
  });

  it('ignores a short click in a silence', () => {
    const samples = tonesWithGaps({ sampleRate: 16000, durationS: 5, bursts: [...BURSTS, { startS: 1.9, endS: 1.905 }], noisePeak: 0.003 });
    expect(measure(samples, 16000).pauses).toHaveLength(1);
  });

  it('adapts to a loud room: the same tones over noise 30 dB louder still give the same pause', () => {
    const m = measure(tonesWithGaps({ sampleRate: 16000, durationS: 5, bursts: BURSTS, amplitude: 0.5, noisePeak: 0.03 }), 16000);
    expect(m.noiseFloorDb).toBeGreaterThan(uniformNoiseDb(0.03) - 1.5);
    expect(m.pauses).toHaveLength(1);
    expect(Math.abs(m.pauses[0]!.startMs - 1500)).toBeLessThanOrEqual(10);
    expect(Math.abs(m.pauses[0]!.endMs - 2300)).toBeLessThanOrEqual(10);
  });
});

describe('measureSpeech with no speech', () => {
  it('reads digital silence as no speech, with finite numbers throughout', () => {
    const m = measure(new Float32Array(48000 * 3), 48000);
    expect(m).toEqual({
      durationMs: 3000,
      speechMs: 0,
      leadingSilenceMs: 3000,
      trailingSilenceMs: 0,
      pauses: [],
      pauseCount: 0,
      longestPauseMs: 0,
      speechLevelDb: null,
      levelSteadinessDb: null,
      noiseFloorDb: -120,
      clippedShare: 0,
      analysisVersion: ANALYSIS_VERSION,
      wordsPerMinute: null,
      syllablesPerSecond: null,
      articulationRate: null,
      pitchMedianHz: null,
      pitchRangeSemitones: null,
      pitchVariety: null,
    });
  });

  it.each([8000, 48000])('reads steady white noise as no speech and reports its level (%i Hz)', (sampleRate) => {
    const m = measure(whiteNoise(sampleRate, 4, 0.05), sampleRate);
    expect(m.speechMs).toBe(0);
    expect(m.pauses).toEqual([]);
    // The floor is a low percentile of frame levels, so it sits a little under the noise's average level.
    expect(m.noiseFloorDb).toBeGreaterThan(uniformNoiseDb(0.05) - 1.5);
    expect(m.noiseFloorDb).toBeLessThanOrEqual(uniformNoiseDb(0.05));
  });

  it('handles an empty recording and a single sample', () => {
    expect(measure(new Float32Array(0), 48000)).toMatchObject({ durationMs: 0, speechMs: 0, leadingSilenceMs: 0, trailingSilenceMs: 0 });
    expect(measure(new Float32Array([0.5]), 48000)).toMatchObject({ durationMs: 0, speechMs: 0 });
  });

  it('finds a short word in a very short file', () => {
    const m = measure(tonesWithGaps({ sampleRate: 16000, durationS: 0.3, bursts: [{ startS: 0.1, endS: 0.2 }], noisePeak: 0.001 }), 16000);
    expect(m.speechMs).toBeCloseTo(100, -1);
    expect(m.leadingSilenceMs).toBeCloseTo(100, -1);
  });

  it('refuses a sample rate that is not positive', () => {
    expect(() => measureSpeech(new Float32Array(10), 0)).toThrow(RangeError);
    expect(() => measureSpeech(new Float32Array(10), Number.NaN)).toThrow(RangeError);
  });
});

describe('measureSpeech clipping', () => {
  it('counts the share of samples at full scale', () => {
    const samples = tonesWithGaps({ sampleRate: 16000, durationS: 5, bursts: BURSTS, amplitude: 1.5 }).map((x) =>
      Math.max(-1, Math.min(1, x)),
    );
    const expected = samples.filter((x) => Math.abs(x) >= 0.999).length / samples.length;
    const m = measure(samples, 16000);
    expect(expected).toBeGreaterThan(0.2);
    expect(m.clippedShare).toBeCloseTo(expected, 6);
    expect(m.pauses).toHaveLength(1);
  });

  it('takes a lower clip level for formats that cannot reach 0.999', () => {
    const samples = new Float32Array(1000).fill(127 / 128);
    expect(measure(samples, 8000).clippedShare).toBe(0);
    expect(measure(samples, 8000, { clipLevel: 127 / 128 }).clippedShare).toBe(1);
  });
});
