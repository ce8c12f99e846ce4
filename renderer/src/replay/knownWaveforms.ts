import type { WaveformPeaks } from '#shared/schemas/waveform.js';

/** Enough for the takes of a session; older ones are asked for again (a small file read). */
const KEPT = 20;

/**
 * Peaks this window measured for the takes it just recorded, by attempt id, so the review that
 * follows a take can draw it on its first render instead of asking main for what it just sent.
 */
const known = new Map<string, WaveformPeaks>();

export function rememberWaveform(attemptId: string, peaks: WaveformPeaks | null): void {
  if (!peaks) return;
  known.delete(attemptId);
  known.set(attemptId, peaks);
  for (const oldest of known.keys()) {
    if (known.size <= KEPT) break;
    known.delete(oldest);
  }
}

export function knownWaveform(attemptId: string): WaveformPeaks | undefined {
  return known.get(attemptId);
}
