import { z } from 'zod';

const MsSchema = z.number().int().min(0);
const CountSchema = z.number().int().min(0);

/** dB values are rounded to 0.1 dB; the floor of the scale is MIN_LEVEL_DB (digital silence). */
const DbSchema = z.number().min(-120).max(0);

/** A stretch of silence between two stretches of speech, long enough to be heard as a pause. */
export const PauseSchema = z
  .object({ startMs: MsSchema, endMs: MsSchema })
  .refine((p) => p.endMs > p.startMs, 'a pause ends after it starts');
export type Pause = z.infer<typeof PauseSchema>;

/**
 * Which analysis made a set of measurements. Bump it when the analysis learns something new: the review
 * measures an attempt again (from its audio, when it still has it) whenever its stored measurements are
 * from an earlier version, so old attempts get the new figures the next time they are opened.
 * 1 (implied when absent): pauses, levels, clipping. 2: pace and pitch. 3: fast speech's syllables are
 * no longer merged (the dip between syllables adapts to the speaking rate), so pace reads higher there.
 */
export const ANALYSIS_VERSION = 3;

/** Optional and nullable: absent on measurements made before version 2, null when too little speech to tell. */
const RateSchema = z.number().min(0).nullable().optional();

/**
 * Objective delivery measurements of one spoken answer, all times in integer milliseconds.
 * `leadingSilenceMs + (speech span) + trailingSilenceMs = durationMs` when there is speech; with no speech
 * at all the whole recording counts as leading silence (the first word never came) and trailing is 0.
 */
export const MeasurementsSchema = z.object({
  durationMs: MsSchema,
  /** Time spent speaking: speech stretches, with the short gaps between syllables and words counted in. */
  speechMs: MsSchema,
  /** Time to the first word. */
  leadingSilenceMs: MsSchema,
  /** Time after the last word. */
  trailingSilenceMs: MsSchema,
  /** Silences of at least the minimum pause length between speech; leading/trailing silence are not pauses. */
  pauses: z.array(PauseSchema),
  pauseCount: CountSchema,
  longestPauseMs: MsSchema,
  /** RMS level over speech frames, dBFS, measured above 100 Hz (rumble removed); null when there is no speech. */
  speechLevelDb: DbSchema.nullable(),
  /**
   * Standard deviation of the 10 ms frame level over speech frames, dB; null when there is no speech. It
   * includes the natural rise and fall between syllables (typically 6–9 dB), so compare it between takes
   * rather than against zero.
   */
  levelSteadinessDb: z.number().min(0).nullable(),
  /** The recording's own background level (10th percentile of frame levels, above 100 Hz), dBFS. */
  noiseFloorDb: DbSchema,
  /** Share of samples at or beyond full scale (0..1). */
  clippedShare: z.number().min(0).max(1),
  /** ANALYSIS_VERSION of the analysis that made these; absent means 1. */
  analysisVersion: z.number().int().min(1).optional(),
  /**
   * Estimated words per minute from the first word to the last, pauses included: syllable nuclei counted
   * in the sound, divided by SYLLABLES_PER_WORD (shared/analysis/pace.ts). No transcript is involved.
   */
  wordsPerMinute: RateSchema,
  /** Syllable nuclei per second from the first word to the last, pauses included. */
  syllablesPerSecond: RateSchema,
  /** Syllable nuclei per second of speaking time (pauses of 250 ms or more left out). */
  articulationRate: RateSchema,
  /** Median pitch of the voiced speech, Hz. */
  pitchMedianHz: RateSchema,
  /** Pitch range, 5th to 95th percentile of the voiced frames, semitones. */
  pitchRangeSemitones: RateSchema,
  /** Pitch variety: the spread of the voice's pitch in semitones (a robust standard deviation). */
  pitchVariety: RateSchema,
});
export type Measurements = z.infer<typeof MeasurementsSchema>;
