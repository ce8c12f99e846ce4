import { highPassCoefficients } from './high-pass.js';

/**
 * Digital silence and anything quieter reads as this level, so every number stays finite (and JSON-safe).
 * 16-bit audio bottoms out near -96 dBFS, so nothing real is lost by stopping at -120.
 */
export const MIN_LEVEL_DB = -120;

const MIN_POWER = 10 ** (MIN_LEVEL_DB / 10);

/**
 * Sub-frames of 1.25 ms, eight to a 10 ms frame. Frames decide what is speech: 10 ms holds enough samples
 * for a steady level and still places a boundary within 10 ms. Sub-frames then place each boundary within
 * about a millisecond, without a second look at the samples.
 */
const SUB_FRAME_MS = 1.25;
export const SUB_FRAMES_PER_FRAME = 8;

/** Short-time levels of a signal: the basis of every other measurement. */
export interface Levels {
  /** Mean power of each sub-frame (linear), after the high-pass. The last may cover fewer samples. */
  subPower: Float32Array;
  /** Level of each frame (eight sub-frames) in dBFS, never below MIN_LEVEL_DB. */
  frameDb: Float32Array;
  /** Samples per sub-frame. */
  subLength: number;
  /** Number of samples measured, so the last (short) sub-frame ends at the right place. */
  sampleCount: number;
}

/** Samples per sub-frame at a sample rate, at least one so any sample rate works. */
export function subFrameLength(sampleRate: number): number {
  return Math.max(1, Math.round((sampleRate * SUB_FRAME_MS) / 1000));
}

/**
 * One pass over the samples: high-pass each one (see HIGH_PASS_HZ) and sum its power into its sub-frame.
 * The filter is written out inline rather than called per sample: this loop is nearly all of the run time.
 * Memory: one float per sub-frame (about 1 MB for a 5-minute answer), not a filtered copy of the audio.
 */
export function measureLevels(samples: Float32Array, sampleRate: number): Levels {
  const count = samples.length;
  const subLength = subFrameLength(sampleRate);
  const subCount = Math.ceil(count / subLength);
  const subPower = new Float32Array(subCount);
  // A high-pass biquad has b1 = -2·b0 and b2 = b0, so one multiply covers all three input taps.
  const { b0, a1, a2 } = highPassCoefficients(sampleRate);

  // Start the filter as if the signal had always been at its first value, so a DC offset does not make a
  // step (and a loud false "onset") at the start of the recording.
  let x1 = count > 0 ? samples[0]! : 0;
  let x2 = x1;
  let y1 = 0;
  let y2 = 0;
  for (let sub = 0; sub < subCount; sub++) {
    const start = sub * subLength;
    const end = Math.min(start + subLength, count);
    let power = 0;
    for (let i = start; i < end; i++) {
      const x = samples[i]!;
      const y = b0 * (x - 2 * x1 + x2) - a1 * y1 - a2 * y2;
      x2 = x1;
      x1 = x;
      y2 = y1;
      y1 = y;
      power += y * y;
    }
    subPower[sub] = power / (end - start);
    // In digital silence the output decays towards zero through subnormal numbers, which are many times
    // slower to compute with; anything this small is silence anyway. Checked per sub-frame, not per sample:
    // the decay takes far longer than a sub-frame to get from here to the subnormal range.
    if (Math.abs(y1) < 1e-20 && Math.abs(y2) < 1e-20) y1 = y2 = 0;
  }

  const frameCount = Math.ceil(subCount / SUB_FRAMES_PER_FRAME);
  const frameDb = new Float32Array(frameCount);
  for (let frame = 0; frame < frameCount; frame++) {
    const first = frame * SUB_FRAMES_PER_FRAME;
    const last = Math.min(first + SUB_FRAMES_PER_FRAME, subCount);
    let power = 0;
    for (let sub = first; sub < last; sub++) power += subPower[sub]!;
    power /= last - first;
    frameDb[frame] = power > MIN_POWER ? 10 * Math.log10(power) : MIN_LEVEL_DB;
  }
  return { subPower, frameDb, subLength, sampleCount: count };
}
