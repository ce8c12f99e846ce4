import type { FrameSpan } from './speech-spans.js';

export interface PitchStats {
  /** Median pitch of the voiced speech frames, Hz. */
  medianHz: number;
  /** From the 5th to the 95th percentile of the voiced frames' pitch, in semitones. */
  rangeSemitones: number;
  /**
   * How much the pitch moves: the spread of the voiced frames' pitch in semitones, as a standard
   * deviation read robustly from the 10th–90th percentile distance (÷ 2.56, the normal distribution's).
   * Semitones make a low and a high voice comparable: the same intonation moves a 100 Hz voice by half
   * as many hertz as a 200 Hz one, but by the same number of semitones.
   */
  variety: number;
}

/** Fewer voiced frames than this (a third of a second) says too little about a voice. */
const MIN_VOICED_FRAMES = 30;

/**
 * A frame more than an octave from the median is almost always the tracker picking a harmonic or a
 * subharmonic (or a creak), not intonation: left out.
 */
const OCTAVE = 12;

export function pitchStats(pitchHz: Float32Array, spans: readonly FrameSpan[]): PitchStats | null {
  const all: number[] = [];
  for (const span of spans) for (let f = span.start; f < span.end; f++) if (pitchHz[f]! > 0) all.push(pitchHz[f]!);
  if (all.length < MIN_VOICED_FRAMES) return null;
  const medianHz = percentile(Float64Array.from(all).sort(), 0.5);
  const semitones = Float64Array.from(all.map((hz) => 12 * Math.log2(hz / medianHz)).filter((st) => Math.abs(st) < OCTAVE)).sort();
  if (semitones.length < MIN_VOICED_FRAMES) return null;
  const rangeSemitones = percentile(semitones, 0.95) - percentile(semitones, 0.05);
  const variety = (percentile(semitones, 0.9) - percentile(semitones, 0.1)) / 2.56;
  return { medianHz: Math.round(medianHz), rangeSemitones: round1(rangeSemitones), variety: round1(variety) };
}

function percentile(sorted: Float64Array, fraction: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(fraction * sorted.length))]!;
}

function round1(value: number): number {
  return Math.round(value * 10) / 10;
}
