import { levelHistogram } from './level-histogram.js';

/** Levels that decide speech from silence, chosen per recording from its own frame levels. */
export interface SpeechThresholds {
  /** The room's own level: a low percentile of all frame levels, dBFS. */
  noiseFloorDb: number;
  /** A silent stretch turns into speech only where some frame rises above this. */
  enterDb: number;
  /** A speech stretch lasts while frames stay above this (lower than enterDb: hysteresis). */
  exitDb: number;
}

/**
 * Answers almost always spend well over a tenth of their time not speaking (the lead-in, breaths,
 * pauses, the gaps inside words), so the quietest tenth of frames is the room, not the voice.
 */
const NOISE_PERCENTILE = 0.1;

/**
 * How much the room's level wanders from frame to frame is read from the bottom of the distribution:
 * for roughly normal frame levels the 2nd and 10th percentiles lie 2.05 and 1.28 standard deviations
 * below the mean, so their distance is 0.77 of one. Steady fan hiss wanders by about half a dB, traffic
 * rumble or a short frame at a low sample rate by several.
 */
const LOW_PERCENTILE = 0.02;
const PERCENTILE_GAP_IN_SIGMAS = 2.05 - 1.28;

/**
 * Speech must rise 7 standard deviations of the room's wander above its floor to start: with the noise
 * mean at about 1.3σ above the floor, that is nearly 6σ above the average noise frame, which even tens of
 * thousands of noise frames practically never reach. Never less than 6 dB (a quiet syllable in a steady
 * room is still well above that), never more than 12 dB (so a restless room does not hide quiet speech).
 */
const ENTER_SIGMAS = 7;
const ENTER_MIN_DB = 6;
const ENTER_MAX_DB = 12;

/**
 * Once speaking, stay "in speech" down to 4σ above the floor (3 to 7 dB), so the soft ends of words
 * (fricatives, trailing vowels) belong to the word and the boundaries sit where an ear puts them, not at
 * the loud core. That is about 2.7σ above the average noise frame: a stretch that started as speech does not
 * end on noise's small peaks, yet does end once only noise is left.
 */
const EXIT_SIGMAS = 4;
const EXIT_MIN_DB = 3;
const EXIT_MAX_DB = 7;

/** The loud end of speech (vowels), as a reference for how quiet speech can sensibly get. */
const SPEECH_PERCENTILE = 0.95;

/**
 * Nothing more than 45 dB below the loudest speech counts as speech. This matters when the floor is
 * digital silence (a gated microphone, silence padded on by software): a floor-relative threshold would
 * then be near -110 dBFS and the faint hiss between words would read as speech.
 */
const BELOW_LOUD_SPEECH_DB = 45;

/** Below this nothing is audible at any sane playback level (16-bit dither sits near -96 dBFS). */
const QUIETEST_SPEECH_DB = -75;

export function chooseSpeechThresholds(levelsDb: Float32Array): SpeechThresholds {
  const histogram = levelHistogram(levelsDb);
  const noiseFloorDb = histogram.percentileDb(NOISE_PERCENTILE);
  const wanderDb = (noiseFloorDb - histogram.percentileDb(LOW_PERCENTILE)) / PERCENTILE_GAP_IN_SIGMAS;
  const enterAbove = clamp(ENTER_SIGMAS * wanderDb, ENTER_MIN_DB, ENTER_MAX_DB);
  const exitAbove = clamp(EXIT_SIGMAS * wanderDb, EXIT_MIN_DB, EXIT_MAX_DB);

  const lowestUseful = Math.max(histogram.percentileDb(SPEECH_PERCENTILE) - BELOW_LOUD_SPEECH_DB, QUIETEST_SPEECH_DB);
  const enterDb = Math.max(noiseFloorDb + enterAbove, lowestUseful);
  const exitDb = Math.max(noiseFloorDb + exitAbove, lowestUseful - (enterAbove - exitAbove));
  return { noiseFloorDb, enterDb, exitDb };
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}
