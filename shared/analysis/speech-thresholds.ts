import { MIN_LEVEL_DB } from './frame-levels.js';

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

/** The loud end of speech (vowels), as a reference for how quiet speech can sensibly get. */
const SPEECH_PERCENTILE = 0.95;

/**
 * Steady room noise measured in 10 ms frames wanders only a few dB around its floor, while vowels sit
 * 20–50 dB above it. 9 dB clears the wander of pink (low-frequency heavy) noise and still catches quiet
 * syllables in a noisy room.
 */
const ENTER_ABOVE_FLOOR_DB = 9;

/**
 * Once speaking, stay "in speech" down to a few dB above the floor, so the soft ends of words (fricatives,
 * trailing vowels) belong to the word and the boundaries sit where an ear puts them, not at the loud core.
 */
const EXIT_ABOVE_FLOOR_DB = 4;

/**
 * Nothing more than 45 dB below the loudest speech counts as speech. This matters when the floor is
 * digital silence (a gated microphone, silence padded on by software): a floor-relative threshold would
 * then be near -110 dBFS and the faint hiss between words would read as speech.
 */
const BELOW_LOUD_SPEECH_DB = 45;

/** Below this nothing is audible at any sane playback level (16-bit dither sits near -96 dBFS). */
const QUIETEST_SPEECH_DB = -75;

/** 0.1 dB bins over the whole scale: percentiles from one pass and one small array, no sorting. */
const BIN_DB = 0.1;
const BIN_COUNT = Math.round(-MIN_LEVEL_DB / BIN_DB) + 1;

export function chooseSpeechThresholds(levelsDb: Float32Array): SpeechThresholds {
  const noiseFloorDb = percentileDb(levelsDb, NOISE_PERCENTILE);
  const loudSpeechDb = percentileDb(levelsDb, SPEECH_PERCENTILE);
  const lowestUseful = Math.max(loudSpeechDb - BELOW_LOUD_SPEECH_DB, QUIETEST_SPEECH_DB);
  const enterDb = Math.max(noiseFloorDb + ENTER_ABOVE_FLOOR_DB, lowestUseful);
  const exitDb = Math.max(noiseFloorDb + EXIT_ABOVE_FLOOR_DB, lowestUseful - (ENTER_ABOVE_FLOOR_DB - EXIT_ABOVE_FLOOR_DB));
  return { noiseFloorDb, enterDb, exitDb };
}

/** The level below which `fraction` of the frames lie, to 0.1 dB; MIN_LEVEL_DB for no frames. */
export function percentileDb(levelsDb: Float32Array, fraction: number): number {
  if (levelsDb.length === 0) return MIN_LEVEL_DB;
  const bins = new Uint32Array(BIN_COUNT);
  for (let i = 0; i < levelsDb.length; i++) bins[binOf(levelsDb[i]!)]!++;
  const rank = Math.min(levelsDb.length - 1, Math.floor(fraction * levelsDb.length));
  let seen = 0;
  for (let bin = 0; bin < BIN_COUNT; bin++) {
    seen += bins[bin]!;
    if (seen > rank) return MIN_LEVEL_DB + bin * BIN_DB;
  }
  return 0;
}

function binOf(levelDb: number): number {
  const bin = Math.round((levelDb - MIN_LEVEL_DB) / BIN_DB);
  // Float WAVs can exceed full scale; their loudest frames all land in the top bin, which is fine for a percentile.
  return bin < 0 ? 0 : bin >= BIN_COUNT ? BIN_COUNT - 1 : bin;
}
