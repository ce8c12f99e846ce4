import { describe, expect, it } from 'vitest';
import { measureSpeech } from '#shared/analysis/measure-speech.js';
import { SYLLABLES_PER_WORD } from '#shared/analysis/pace.js';
import { ANALYSIS_VERSION, MeasurementsSchema } from '#shared/schemas/measurements.js';
import { whiteNoise } from './signals.js';
import { syntheticVoice, type VoiceOptions } from './voiced-signals.js';

const RATE = 16000;
const BASE: VoiceOptions = {
  sampleRate: RATE,
  edgeS: 0.6,
  phrases: 3,
  syllablesPerPhrase: 10,
  syllableMs: 250,
  pauseS: 0.8,
  pitchHz: () => 120,
};

function measure(options: Partial<VoiceOptions>) {
  const voice = syntheticVoice({ ...BASE, ...options });
  const m = measureSpeech(voice.samples, RATE);
  expect(MeasurementsSchema.safeParse(m).success).toBe(true);
  return { m, voice };
}

const semitones = (a: number, b: number) => 12 * Math.log2(b / a);

describe('pitch on synthetic voices', () => {
  it('a steady pitch reads as that pitch, with no range and no variety', () => {
    const { m } = measure({ pitchHz: () => 120 });
    expect(m.pitchMedianHz).toBeGreaterThanOrEqual(118);
    expect(m.pitchMedianHz).toBeLessThanOrEqual(122);
    expect(m.pitchRangeSemitones).toBeLessThan(0.5);
    expect(m.pitchVariety).toBeLessThan(0.3);
  });

  it('a glide of one octave reads as about an octave of range, centred on its middle', () => {
    // 100 Hz rising evenly in semitones to 200 Hz over the whole span.
    const span = syntheticVoice(BASE).spanS;
    const { m } = measure({ pitchHz: (t) => 100 * 2 ** (t / span) });
    expect(m.pitchMedianHz).toBeGreaterThan(135);
    expect(m.pitchMedianHz).toBeLessThan(148);
    // 5th to 95th percentile of an even glide: 90 % of its 12 semitones (the pauses take a little off).
    expect(m.pitchRangeSemitones).toBeGreaterThan(9);
    expect(m.pitchRangeSemitones).toBeLessThan(12.5);
    expect(m.pitchVariety).toBeGreaterThan(2.5);
  });

  it.each([
    ['a low voice', 85],
    ['a high voice', 260],
  ])('%s with the same intonation gets its own median and the same variety in semitones', (_name, centreHz) => {
    // ±3 semitones, one rise and fall every 1.5 s: the same melody at any pitch.
    const { m } = measure({ pitchHz: (t) => centreHz * 2 ** ((3 * Math.sin((2 * Math.PI * t) / 1.5)) / 12) });
    expect(Math.abs(semitones(centreHz, m.pitchMedianHz!))).toBeLessThan(0.7);
    expect(m.pitchRangeSemitones).toBeGreaterThan(4.5);
    expect(m.pitchRangeSemitones).toBeLessThan(6.5);
    expect(m.pitchVariety).toBeGreaterThan(1.5);
    expect(m.pitchVariety).toBeLessThan(3);
  });

  it('noise has no pitch and no syllables: the figures are null, not made up', () => {
    const samples = new Float32Array(RATE * 6);
    samples.set(whiteNoise(RATE, 4, 0.3), RATE);
    const m = measureSpeech(samples, RATE);
    expect(m.speechMs).toBeGreaterThan(0);
    expect(m.pitchMedianHz).toBeNull();
    expect(m.pitchVariety).toBeNull();
    expect(m.wordsPerMinute).toBeNull();
  });
});

describe('pace on synthetic syllables', () => {
  it.each([
    ['3 syllables a second', 333],
    ['4 syllables a second', 250],
    ['5 syllables a second', 200],
    ['5.5 syllables a second', 182],
    ['7 syllables a second', 143],
  ])('counts %s', (_name, syllableMs) => {
    const { m, voice } = measure({ syllableMs, pitchHz: (t) => 110 * 2 ** ((2 * Math.sin(t * 3)) / 12) });
    const truePerSecond = voice.syllables / voice.spanS;
    expect(m.syllablesPerSecond! / truePerSecond).toBeGreaterThan(0.9);
    expect(m.syllablesPerSecond! / truePerSecond).toBeLessThan(1.1);
    // Pauses left out, the rate is higher; words are syllables over the stated factor.
    expect(m.articulationRate!).toBeGreaterThan(m.syllablesPerSecond!);
    // (1 word/min either way: the stored syllable rate is rounded to hundredths.)
    expect(Math.abs(m.wordsPerMinute! - (m.syllablesPerSecond! * 60) / SYLLABLES_PER_WORD)).toBeLessThanOrEqual(1);
  });

  it('keeps counting under room noise 25 dB down', () => {
    const { m, voice } = measure({ noisePeak: 0.004 });
    expect(m.syllablesPerSecond! / (voice.syllables / voice.spanS)).toBeGreaterThan(0.85);
    expect(m.syllablesPerSecond! / (voice.syllables / voice.spanS)).toBeLessThan(1.15);
  });

  // One join in three a sonorant that only dents the loudness (to 80 % of the peak), as "my manager" or
  // "every" do in fast speech: a fixed 2.5 dB dip merged those pairs and read 0.71 of the syllables.
  const sonorantJoins = (i: number) => (i % 3 === 1 ? 0.8 : 0);

  it.each([
    ['clean', 0],
    ['under room noise 25 dB down', 0.004],
  ])('counts fast syllables (6 a second) joined by sonorants that barely dip, %s', (_name, noisePeak) => {
    const { m, voice } = measure({ syllableMs: 167, joinLevel: sonorantJoins, noisePeak });
    expect(m.syllablesPerSecond! / (voice.syllables / voice.spanS)).toBeGreaterThan(0.9);
    expect(m.syllablesPerSecond! / (voice.syllables / voice.spanS)).toBeLessThan(1.1);
  });

  it('keeps the full dip for slow speech (2.5 syllables a second): a dent inside a long vowel is not a syllable', () => {
    // A brief dent to 60 % in the middle of each vowel, which the dip allowed for fast speech would split
    // (reading 2.0 of the syllables); at this rate it is ripple, not a consonant.
    const { m, voice } = measure({ syllableMs: 400, rippleLevel: 0.6 });
    expect(m.syllablesPerSecond! / (voice.syllables / voice.spanS)).toBeGreaterThan(0.9);
    expect(m.syllablesPerSecond! / (voice.syllables / voice.spanS)).toBeLessThan(1.1);
  });

  it('gives no pace for a couple of words', () => {
    const { m } = measure({ phrases: 1, syllablesPerPhrase: 3 });
    expect(m.wordsPerMinute).toBeNull();
    expect(m.syllablesPerSecond).toBeNull();
  });
});

describe('stored measurements', () => {
  it('are stamped with the analysis version', () => {
    expect(measure({}).m.analysisVersion).toBe(ANALYSIS_VERSION);
  });

  it('from before pace and pitch still load', () => {
    const old = {
      durationMs: 5000,
      speechMs: 3000,
      leadingSilenceMs: 500,
      trailingSilenceMs: 700,
      pauses: [],
      pauseCount: 0,
      longestPauseMs: 0,
      speechLevelDb: -20,
      levelSteadinessDb: 6,
      noiseFloorDb: -70,
      clippedShare: 0,
    };
    expect(MeasurementsSchema.strict().parse(old)).toEqual(old);
  });
});
