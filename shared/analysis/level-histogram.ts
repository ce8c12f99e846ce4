import { MIN_LEVEL_DB } from './frame-levels.js';

/** 0.1 dB bins over the whole scale: any number of percentiles from one pass and one small array, no sorting. */
const BIN_DB = 0.1;
const BIN_COUNT = Math.round(-MIN_LEVEL_DB / BIN_DB) + 1;

/** A histogram of frame levels, for reading percentiles. */
export interface LevelHistogram {
  /** The level below which `fraction` of the frames lie, to 0.1 dB; MIN_LEVEL_DB when there are no frames. */
  percentileDb(fraction: number): number;
}

export function levelHistogram(levelsDb: Float32Array): LevelHistogram {
  const bins = new Uint32Array(BIN_COUNT);
  for (let i = 0; i < levelsDb.length; i++) bins[binOf(levelsDb[i]!)]!++;
  return {
    percentileDb(fraction) {
      if (levelsDb.length === 0) return MIN_LEVEL_DB;
      const rank = Math.min(levelsDb.length - 1, Math.max(0, Math.floor(fraction * levelsDb.length)));
      let seen = 0;
      for (let bin = 0; bin < BIN_COUNT; bin++) {
        seen += bins[bin]!;
        if (seen > rank) return MIN_LEVEL_DB + bin * BIN_DB;
      }
      return 0;
    },
  };
}

function binOf(levelDb: number): number {
  const bin = Math.round((levelDb - MIN_LEVEL_DB) / BIN_DB);
  // Float WAVs can exceed full scale; their loudest frames all land in the top bin, which is fine for a percentile.
  return bin < 0 ? 0 : bin >= BIN_COUNT ? BIN_COUNT - 1 : bin;
}
