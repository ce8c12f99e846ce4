import { MAX_WAVEFORM_PEAKS, type RecordedWaveform, type WaveformPeaks } from '#shared/schemas/waveform.js';

/** Peaks per second of audio for a short answer; a long one is capped at MAX_WAVEFORM_PEAKS. */
export const PEAKS_PER_SECOND = 50;

/**
 * How far the peaks' own length may be from the recording's and still be drawn as they are: the
 * recorder and the meter start and stop a few render quanta apart.
 */
const LENGTH_TOLERANCE_MS = 500;

/** How many peaks a recording of `ms` gets. */
export function peakCountFor(ms: number): number {
  return Math.min(MAX_WAVEFORM_PEAKS, Math.max(1, Math.ceil((ms / 1000) * PEAKS_PER_SECOND)));
}

/**
 * `count` peaks from finer ones (each the loudest of its share), rounded to 3 decimals and kept
 * within 0..1. Fewer inputs than `count` repeat, so the result always has `count` values.
 */
export function downsamplePeaks(fine: ArrayLike<number>, count: number): WaveformPeaks {
  const peaks: number[] = [];
  const n = fine.length;
  if (n === 0) return peaks;
  for (let i = 0; i < count; i++) {
    const from = Math.floor((i * n) / count);
    const to = Math.max(from + 1, Math.floor(((i + 1) * n) / count));
    let loudest = 0;
    for (let j = from; j < to; j++) loudest = Math.max(loudest, Math.abs(fine[j]!));
    peaks.push(Math.min(1, Math.round(loudest * 1000) / 1000));
  }
  return peaks;
}

/**
 * The peaks to draw for a recording that lasts `durationMs`, or null when they would draw it
 * wrong. When less audio reached the disk than the meter heard (a full disk stopped the recording
 * early), the peaks of the lost tail are dropped; when the recording is longer than the peaks by
 * more than a moment, they do not describe it and the player decodes the audio instead.
 */
export function fitWaveform(waveform: RecordedWaveform, durationMs: number): WaveformPeaks | null {
  const { peaks, coveredMs } = waveform;
  if (durationMs <= 0 || peaks.length === 0) return null;
  if (durationMs > coveredMs + LENGTH_TOLERANCE_MS) return null;
  if (durationMs >= coveredMs - LENGTH_TOLERANCE_MS) return peaks;
  const kept = Math.round((peaks.length * durationMs) / coveredMs);
  return kept > 0 ? peaks.slice(0, kept) : null;
}
