/** Blocks per second the meter keeps while recording: finer than any waveform draws. */
export const BLOCKS_PER_SECOND = 100;

/**
 * The loudest sample of each block of `blockSize` samples, across channels, as the audio arrives
 * in render quanta of any length. Runs on the audio thread (peak-worklet.ts), so it allocates
 * nothing per quantum but the growing list of block peaks, and imports nothing (the worklet is
 * bundled on its own).
 */
export function createPeakBlocks(blockSize: number) {
  const peaks: number[] = [];
  let loudest = 0;
  let filled = 0;
  let samples = 0;
  return {
    add(channels: readonly Float32Array[]): void {
      const length = channels[0]?.length ?? 0;
      for (let i = 0; i < length; i++) {
        for (const channel of channels) {
          const level = Math.abs(channel[i] ?? 0);
          if (level > loudest) loudest = level;
        }
        if (++filled === blockSize) {
          peaks.push(loudest);
          loudest = 0;
          filled = 0;
        }
      }
      samples += length;
    },
    /** Every block so far, the last one even if it is not full. */
    finish(): { peaks: number[]; samples: number } {
      return { peaks: filled > 0 ? [...peaks, loudest] : peaks, samples };
    },
  };
}

/** What the meter sends when asked to finish. */
export type PeakReport = { peaks: number[]; samples: number; sampleRate: number };
