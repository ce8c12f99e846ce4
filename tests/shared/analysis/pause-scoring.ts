import type { Interval } from '#tests/support/answer-audio.js';

/** How well detected pauses match the true ones in one answer. */
export interface PauseScore {
  /** |detected − true| for each start and end of every true pause that was found, ms. */
  boundaryErrorsMs: number[];
  /** True pauses with no detected pause overlapping them. */
  missed: Interval[];
  /** Detected pauses that overlap no inserted silence at all: a pause "found" inside fluent speech. */
  falsePauses: Interval[];
  /** Detected pauses on an inserted silence too short to be a true pause (e.g. 0.3 s). */
  onShortGaps: Interval[];
}

/**
 * Scores detected pauses against the truth. `truePauses` are the inserted silences long enough to be
 * pauses; `allGaps` are all inserted silences, so a detection on a short gap is told apart from one in
 * the middle of a sentence. Each true pause is matched to the detection overlapping it most.
 */
export function scorePauses(detected: readonly Interval[], truePauses: readonly Interval[], allGaps: readonly Interval[]): PauseScore {
  const boundaryErrorsMs: number[] = [];
  const missed: Interval[] = [];
  for (const truth of truePauses) {
    let best: Interval | null = null;
    let bestOverlap = 0;
    for (const found of detected) {
      const shared = overlap(found, truth);
      if (shared > bestOverlap) [best, bestOverlap] = [found, shared];
    }
    if (!best) missed.push(truth);
    else boundaryErrorsMs.push(Math.abs(best.startMs - truth.startMs), Math.abs(best.endMs - truth.endMs));
  }
  const falsePauses = detected.filter((found) => !allGaps.some((gap) => overlap(found, gap) > 0));
  const onShortGaps = detected.filter(
    (found) => !truePauses.some((truth) => overlap(found, truth) > 0) && allGaps.some((gap) => overlap(found, gap) > 0),
  );
  return { boundaryErrorsMs, missed, falsePauses, onShortGaps };
}

export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

function overlap(a: Interval, b: Interval): number {
  return Math.max(0, Math.min(a.endMs, b.endMs) - Math.max(a.startMs, b.startMs));
}
