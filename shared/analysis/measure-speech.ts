import { ANALYSIS_VERSION, type Measurements, type Pause } from '#shared/schemas/measurements.js';
import { DEFAULT_CLIP_LEVEL, clippedShare } from './clipping.js';
import { MIN_LEVEL_DB, SUB_FRAMES_PER_FRAME, measureLevels } from './frame-levels.js';
import { refineBoundaries } from './refine-boundaries.js';
import { measureSpeechLevel } from './speech-level.js';
import { findSpeechSpans } from './speech-spans.js';
import { chooseSpeechThresholds } from './speech-thresholds.js';
import { measureVoice } from './voice-delivery.js';

export interface MeasureOptions {
  /**
   * Shortest silence between speech that counts as a pause. Default 500 ms. Gaps under BRIDGE_MS (250 ms)
   * are part of speech, so a smaller value finds nothing shorter than that.
   */
  minPauseMs?: number;
  /** Samples at or beyond this magnitude count as clipped. Default 0.999. */
  clipLevel?: number;
}

/**
 * 500 ms: silences shorter than about half a second pass as the rhythm of fluent speech; from there on a
 * listener hears a hesitation (the usual cut-off in studies of speech fluency lies at 250–500 ms; the
 * upper end keeps breaths between sentences from being counted).
 */
export const DEFAULT_MIN_PAUSE_MS = 500;

/**
 * Gaps under 250 ms inside speech are articulation, not silence: stop closures (the hush before a "t"),
 * joins between words, a quick breath. They count as speech time. 250 ms is the shortest silence
 * usually treated as a pause in fluency research.
 */
const BRIDGE_MS = 250;

/** A burst shorter than 60 ms on its own (a click, a tap on the desk) is not a word: even "uh" is longer. */
const MIN_SPEECH_MS = 60;

/**
 * Measures the delivery of a spoken answer: when speech starts and ends, where it pauses, how loud and how
 * steady it is, and how much of it clipped. `samples` is mono PCM in [-1, 1] (see mixToMono for stereo).
 * Pure and allocation-light: one pass over the samples for their levels, then work on one number per 10 ms.
 */
export function measureSpeech(samples: Float32Array, sampleRate: number, options: MeasureOptions = {}): Measurements {
  if (!(sampleRate > 0) || !Number.isFinite(sampleRate)) throw new RangeError(`sample rate must be positive, got ${sampleRate}`);
  const minPauseMs = options.minPauseMs ?? DEFAULT_MIN_PAUSE_MS;
  const levels = measureLevels(samples, sampleRate);
  const frameMs = (levels.subLength * SUB_FRAMES_PER_FRAME * 1000) / sampleRate;
  const framesFor = (ms: number) => Math.max(1, Math.round(ms / frameMs));

  const thresholds = chooseSpeechThresholds(levels.frameDb);
  const spans = findSpeechSpans(levels.frameDb, thresholds, {
    bridgeFrames: framesFor(BRIDGE_MS),
    minSpeechFrames: framesFor(MIN_SPEECH_MS),
  });
  const speech = refineBoundaries(spans, levels.subPower, levels.subLength, samples.length, thresholds.exitDb);

  const durationMs = toMs(samples.length, sampleRate);
  const ms = (sample: number) => toMs(sample, sampleRate);
  let speechMs = 0;
  const pauses: Pause[] = [];
  for (let i = 0; i < speech.length; i++) {
    const span = speech[i]!;
    speechMs += ms(span.end) - ms(span.start);
    const next = speech[i + 1];
    if (next) {
      const pause = { startMs: ms(span.end), endMs: ms(next.start) };
      if (pause.endMs - pause.startMs >= minPauseMs) pauses.push(pause);
    }
  }

  const first = speech[0];
  const last = speech[speech.length - 1];
  const level = measureSpeechLevel(levels.frameDb, spans, thresholds.exitDb);
  const voice = measureVoice({
    samples,
    sampleRate,
    spans,
    frameCount: levels.frameDb.length,
    frameSamples: levels.subLength * SUB_FRAMES_PER_FRAME,
    answerSpanMs: first && last ? ms(last.end) - ms(first.start) : 0,
    speakingMs: speechMs,
  });
  return {
    analysisVersion: ANALYSIS_VERSION,
    durationMs,
    speechMs,
    leadingSilenceMs: first ? ms(first.start) : durationMs,
    trailingSilenceMs: last ? durationMs - ms(last.end) : 0,
    pauses,
    pauseCount: pauses.length,
    longestPauseMs: pauses.reduce((longest, p) => Math.max(longest, p.endMs - p.startMs), 0),
    speechLevelDb: level ? roundLevelDb(level.levelDb) : null,
    levelSteadinessDb: level ? roundTenth(level.steadinessDb) : null,
    noiseFloorDb: roundLevelDb(thresholds.noiseFloorDb),
    clippedShare: clippedShare([samples], options.clipLevel ?? DEFAULT_CLIP_LEVEL),
    wordsPerMinute: voice.pace?.wordsPerMinute ?? null,
    syllablesPerSecond: voice.pace?.syllablesPerSecond ?? null,
    articulationRate: voice.pace?.articulationRate ?? null,
    pitchMedianHz: voice.pitch?.medianHz ?? null,
    pitchRangeSemitones: voice.pitch?.rangeSemitones ?? null,
    pitchVariety: voice.pitch?.variety ?? null,
  };
}

function toMs(sampleCount: number, sampleRate: number): number {
  return Math.round((sampleCount * 1000) / sampleRate);
}

/** A level in dBFS on the scale the schema allows (float audio can exceed full scale). */
function roundLevelDb(db: number): number {
  return roundTenth(Math.min(0, Math.max(MIN_LEVEL_DB, db)));
}

/** 0.1 dB is finer than anyone hears. */
function roundTenth(value: number): number {
  return Math.round(value * 10) / 10;
}
