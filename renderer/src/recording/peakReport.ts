import { downsamplePeaks, peakCountFor } from '#shared/analysis/waveform-peaks.js';
import type { RecordedWaveform } from '#shared/schemas/waveform.js';
import { BLOCKS_PER_SECOND, type PeakReport } from './peakBlocks.js';

/**
 * The waveform to send with the recording, or null when the meter heard nothing (e.g. a suspended
 * context). `leadMs` of audio recorded before the meter started are drawn as silence, so the peaks
 * line up with the recording.
 */
export function waveformFromReport(report: PeakReport, leadMs = 0): RecordedWaveform | null {
  const { peaks, samples, sampleRate } = report;
  if (!(sampleRate > 0) || peaks.length === 0 || samples <= 0) return null;
  const lead: number[] = new Array<number>(Math.round((leadMs / 1000) * BLOCKS_PER_SECOND)).fill(0);
  const coveredMs = Math.round((samples / sampleRate) * 1000 + (lead.length * 1000) / BLOCKS_PER_SECOND);
  return { peaks: downsamplePeaks([...lead, ...peaks], peakCountFor(coveredMs)), coveredMs };
}
