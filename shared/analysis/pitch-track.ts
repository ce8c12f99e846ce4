import type { LowBand } from './low-band.js';

/**
 * A fundamental-frequency track by YIN (de Cheveigné & Kawahara 2002, JASA 111:1917): the difference
 * function, its cumulative-mean normalisation, an absolute threshold and parabolic interpolation.
 *
 * Written here rather than taken from npm: `pitchfinder` (the well-kept package) runs YIN over every lag
 * up to half its buffer and returns only a frequency or null, which is about 20× the work per frame
 * that a 65–400 Hz voice needs and hides the aperiodicity this code uses to decide what is voiced.
 */

/** Voices in speech: a deep voice's creak near 65 Hz up to a high voice's excited 400 Hz. */
export const PITCH_MIN_HZ = 65;
export const PITCH_MAX_HZ = 400;

/** 25 ms analysis window: over 1.5 periods of the lowest pitch, short enough to follow a syllable's glide. */
const WINDOW_MS = 25;

/** Frames per pitch estimate (see trackPitch). */
const HOP_FRAMES = 2;

/** YIN's absolute threshold: the first dip of the normalised difference below this is the period. */
const DIP_THRESHOLD = 0.15;

/**
 * A frame is voiced when its best period leaves less than this share of aperiodic power. Vowels sit
 * well under 0.2 even at 20 dB signal to noise; fricatives and room noise well above 0.4.
 */
const VOICED_BELOW = 0.3;

export interface PitchTrack {
  /** Pitch of each frame in Hz, 0 where unvoiced (or not looked at). */
  hz: Float32Array;
}

/**
 * Tracks pitch on the frames where `consider(frame)` is true (the speech frames: tracking silence costs
 * time and finds nothing), each centred on the middle of its `frameSamples`-long frame of the original.
 */
export function trackPitch(band: LowBand, frameCount: number, frameSamples: number, consider: (frame: number) => boolean): PitchTrack {
  const { samples, sampleRate } = band;
  const hz = new Float32Array(frameCount);
  const window = Math.round((WINDOW_MS / 1000) * sampleRate);
  const minLag = Math.max(2, Math.floor(sampleRate / PITCH_MAX_HZ));
  const maxLag = Math.ceil(sampleRate / PITCH_MIN_HZ);
  const diff = new Float32Array(maxLag + 2);
  // Every other 10 ms frame, the pitch held for the next: intonation moves over tens of milliseconds,
  // and it halves the time this takes.
  for (let frame = 0; frame < frameCount; frame += HOP_FRAMES) {
    if (!consider(frame)) continue;
    const centre = Math.round(((frame + 0.5) * frameSamples) / band.factor);
    const start = centre - Math.round((window + maxLag) / 2);
    if (start < 0 || start + window + maxLag + 1 > samples.length) continue;
    const pitch = framePitch(samples, start, window, minLag, maxLag, diff, sampleRate);
    hz.fill(pitch, frame, Math.min(frameCount, frame + HOP_FRAMES));
  }
  return { hz };
}

function framePitch(
  x: Float32Array,
  start: number,
  window: number,
  minLag: number,
  maxLag: number,
  diff: Float32Array,
  sampleRate: number,
): number {
  // Difference function d(τ) and its cumulative-mean normalisation d'(τ) = d(τ)·τ / Σ_{1..τ} d, lag by
  // lag, stopping once the first dip under the threshold has been passed: for most voices that is well
  // before the longest lag, and the difference function is nearly all of the time this analysis takes.
  let running = 0;
  let best = -1;
  diff[0] = 1;
  const end = start + window;
  for (let lag = 1; lag <= maxLag + 1; lag++) {
    let sum = 0;
    for (let j = start; j < end; j++) {
      const d = x[j]! - x[j + lag]!;
      sum += d * d;
    }
    running += sum;
    diff[lag] = running > 0 ? (sum * lag) / running : 1;
    const previous = lag - 1;
    if (best < 0 && previous >= minLag && diff[previous]! < DIP_THRESHOLD && diff[lag]! >= diff[previous]!) {
      best = previous; // the bottom of the first dip under the threshold
      if (lag <= maxLag) diff[lag + 1] = diff[lag]!; // only read by the interpolation below if best+1 > lag
      break;
    }
  }
  if (best < 0) {
    // No dip under the threshold: the deepest one, if it is still periodic enough.
    best = minLag;
    for (let lag = minLag + 1; lag <= maxLag; lag++) if (diff[lag]! < diff[best]!) best = lag;
  }
  if (diff[best]! >= VOICED_BELOW) return 0;
  // Parabolic interpolation through the dip and its neighbours, for a period finer than one sample.
  const a = diff[best - 1]!;
  const b = diff[best]!;
  const c = diff[best + 1]!;
  const bend = a - 2 * b + c;
  const shift = bend > 0 ? (0.5 * (a - c)) / bend : 0;
  return sampleRate / (best + Math.max(-0.5, Math.min(0.5, shift)));
}
