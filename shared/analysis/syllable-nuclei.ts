import { MIN_LEVEL_DB } from './frame-levels.js';
import type { LowBand } from './low-band.js';
import type { FrameSpan } from './speech-spans.js';
import { vowelEnvelope } from './vowel-envelope.js';

/**
 * Syllable nuclei after de Jong & Wempe (2009, Behavior Research Methods 41:385, "Praat script to detect
 * syllable nuclei and measure speech rate automatically"): a syllable is a peak of loudness that is
 * voiced, high enough above the silence, and separated from the peak before it by a dip.
 *
 * Their thresholds are fixed (a peak must be within 25 dB of the loudest, the dip at least 2 dB; their
 * version 3 script, de Jong, Wempe & Pacilly 2019, keeps 2 dB and suggests 2–4). Here they adapt:
 * the height threshold is the higher of "within DYNAMIC_DB of the loud vowels" and "clearly above the
 * room's own low-band level"; the dip needed shrinks as the room gets louder, because noise fills the
 * valleys between syllables and would otherwise merge them; and it shrinks again for fast speech (see
 * rateScale), where the consonants between vowels are too short to pull the loudness down as far.
 */

/** Peaks more than this below the loud vowels (95th percentile of speech frames) are not nuclei. */
const DYNAMIC_DB = 22;
/** ...nor peaks less than this above the room's low-band level. */
const ABOVE_ROOM_DB = 8;
/**
 * The dip between two nuclei. 2 dB in de Jong & Wempe at a clean signal; with the room within about
 * 30 dB of the vowels the valleys fill in, and the dip needed falls towards MIN_DIP_DB.
 */
const CLEAN_DIP_DB = 2.5;
const MIN_DIP_DB = 1.2;
const CLEAN_SNR_DB = 35;
/** Two nuclei closer than this are one syllable: even a fast speaker's syllables last about 100 ms or more. */
const MIN_SPACING_MS = 70;
/**
 * Fast speech: a first count with the dip above gives the articulation rate (nuclei per second of
 * speaking, pauses of 250 ms or more left out). Up to NORMAL_RATE that dip stands; from there to
 * FAST_RATE it falls in a straight line to FAST_DIP_SCALE of itself, and stays there above; then the
 * syllables are counted again with it. (The minimum spacing and the voicing check are not what merges
 * fast syllables: on the development answers, loosening either barely changed the count.)
 *
 * Why: the faster the speech, the less time the tongue and lips have to reach each consonant between
 * two vowels (articulatory undershoot, Lindblom 1963), so the loudness between syllables dips less. In
 * a run of vowels and sonorants ("my manager", "every") at 5 syllables a second the dips are a decibel or
 * two, some under one, and a fixed 2 dB merges them (the shallowest stay merged even with the lower
 * dip; tests/support/pace-nuclei-dump.ts shows them). De Jong & Wempe's script notes that unstressed
 * syllables are sometimes overlooked, and every estimator in Dekens et al.'s comparison (Interspeech
 * 2007) undercounts fast speech. At ordinary rates the full dip is kept, because there a dip of a
 * decibel or two is more often ripple inside one long vowel than a consonant. The rates are articulation
 * rates as counted here (a little under the truth for fast speech), chosen on the development half of
 * the evaluation set.
 */
const NORMAL_RATE = 3.5;
const FAST_RATE = 4.5;
const FAST_DIP_SCALE = 0.4;

export interface NucleiInput {
  band: LowBand;
  /** Frames of the speech (from findSpeechSpans), in the same 10 ms frames as `voiced`. */
  spans: readonly FrameSpan[];
  frameCount: number;
  frameSamples: number;
  frameMs: number;
  /** Pitch per frame, 0 where unvoiced. */
  pitchHz: Float32Array;
}

/** The frame index of each syllable nucleus, in order. */
export function findSyllableNuclei(input: NucleiInput): number[] {
  const { spans, frameMs } = input;
  const envelope = vowelEnvelope(input.band, input.frameCount, input.frameSamples);
  const speechLevels: number[] = [];
  for (const span of spans) for (let f = span.start; f < span.end; f++) speechLevels.push(envelope[f]!);
  if (speechLevels.length === 0) return [];
  const loudDb = percentile(speechLevels, 0.95);
  const roomDb = percentile(Array.from(envelope), 0.1);
  const snrDb = loudDb - roomDb;
  const rule: PeakRule = {
    heightDb: Math.max(loudDb - DYNAMIC_DB, roomDb + ABOVE_ROOM_DB),
    dipDb: MIN_DIP_DB + (CLEAN_DIP_DB - MIN_DIP_DB) * Math.min(1, Math.max(0, (snrDb - 10) / (CLEAN_SNR_DB - 10))),
    minSpacing: Math.max(1, Math.round(MIN_SPACING_MS / frameMs)),
  };
  const first = pickNuclei(input, envelope, rule);
  const speakingS = (speechLevels.length * frameMs) / 1000;
  const scale = rateScale(first.length / speakingS);
  return scale < 1 ? pickNuclei(input, envelope, { ...rule, dipDb: rule.dipDb * scale }) : first;
}

/** How much of the dip fast speech needs (see NORMAL_RATE), from the first count's articulation rate. */
function rateScale(syllablesPerSecond: number): number {
  const fastness = Math.min(1, Math.max(0, (syllablesPerSecond - NORMAL_RATE) / (FAST_RATE - NORMAL_RATE)));
  return 1 - (1 - FAST_DIP_SCALE) * fastness;
}

interface PeakRule {
  heightDb: number;
  dipDb: number;
  minSpacing: number;
}

function pickNuclei({ spans, pitchHz }: NucleiInput, envelope: Float32Array, { heightDb, dipDb, minSpacing }: PeakRule): number[] {
  const nuclei: number[] = [];
  for (const span of spans) {
    let last = -1;
    let valley = Infinity;
    for (let f = span.start; f < span.end; f++) {
      const level = envelope[f]!;
      valley = Math.min(valley, level);
      const isPeak = level > heightDb && level >= (envelope[f - 1] ?? -Infinity) && level > (envelope[f + 1] ?? -Infinity);
      if (!isPeak || !voicedNear(pitchHz, f)) continue;
      if (last < 0) {
        nuclei.push(f);
        last = f;
        valley = level;
        continue;
      }
      const prev = envelope[last]!;
      const separated = valley <= Math.min(prev, level) - dipDb && f - last >= minSpacing;
      if (separated) {
        nuclei.push(f);
        last = f;
        valley = level;
      } else if (level > prev) {
        // The same syllable rising further: its nucleus is the louder peak.
        nuclei[nuclei.length - 1] = f;
        last = f;
        valley = level;
      }
    }
  }
  return nuclei;
}

/** A vowel is voiced; one voiced frame within 20 ms of the peak is enough (pitch onsets lag a little). */
function voicedNear(pitchHz: Float32Array, frame: number): boolean {
  return (pitchHz[frame] ?? 0) > 0 || (pitchHz[frame - 1] ?? 0) > 0 || (pitchHz[frame + 1] ?? 0) > 0 || (pitchHz[frame + 2] ?? 0) > 0;
}

function percentile(values: number[], fraction: number): number {
  const sorted = Float64Array.from(values).sort();
  return sorted[Math.min(sorted.length - 1, Math.floor(fraction * sorted.length))] ?? MIN_LEVEL_DB;
}
