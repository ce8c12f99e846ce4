/**
 * Digital silence and anything quieter reads as this level, so every number stays finite (and JSON-safe).
 * 16-bit audio bottoms out near -96 dBFS, so nothing real is lost by stopping at -120.
 */
export const MIN_LEVEL_DB = -120;

const MIN_POWER = 10 ** (MIN_LEVEL_DB / 10);

/** Short-time levels of a signal: one number per frame, the basis of every other measurement. */
export interface FrameLevels {
  /** Level of each frame in dBFS (mean square with the recording's DC offset removed), never below MIN_LEVEL_DB. */
  levelsDb: Float32Array;
  /** Samples per frame; the last frame may hold fewer. */
  frameLength: number;
  /** The recording's mean sample value, removed before measuring. */
  dcOffset: number;
}

/** Samples per frame for a frame duration, at least one sample so any sample rate works. */
export function frameLengthFor(sampleRate: number, frameMs: number): number {
  return Math.max(1, Math.round((sampleRate * frameMs) / 1000));
}

/**
 * Cuts the signal into back-to-back frames and measures each one's level.
 * Two passes over the samples and one small array: cheap enough to run at thousands of times real time.
 */
export function measureFrameLevels(samples: Float32Array, frameLength: number): FrameLevels {
  const count = samples.length;
  const frameCount = Math.ceil(count / frameLength);
  const levelsDb = new Float32Array(frameCount);

  // A DC offset (common on cheap sound cards) would add the same power to every frame and hide quiet
  // speech in the "noise"; one global mean is enough, since the offset barely drifts within an answer.
  let sum = 0;
  for (let i = 0; i < count; i++) sum += samples[i]!;
  const mean = count > 0 ? sum / count : 0;

  for (let frame = 0; frame < frameCount; frame++) {
    const start = frame * frameLength;
    const end = Math.min(start + frameLength, count);
    let power = 0;
    for (let i = start; i < end; i++) {
      const centred = samples[i]! - mean;
      power += centred * centred;
    }
    power /= end - start;
    levelsDb[frame] = power > MIN_POWER ? 10 * Math.log10(power) : MIN_LEVEL_DB;
  }
  return { levelsDb, frameLength, dcOffset: mean };
}
