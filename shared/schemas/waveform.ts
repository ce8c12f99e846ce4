import { z } from 'zod';

/**
 * Enough peaks to draw any player width (the waveform draws a bar every 3 px) while staying a
 * small file: ~12 KB as JSON. A short answer gets fewer (see waveform-peaks.ts).
 */
export const MAX_WAVEFORM_PEAKS = 2000;

/** The waveform of a recording: the loudest sample (0..1) in each equal slice of it, in order. */
export const WaveformPeaksSchema = z.array(z.number().min(0).max(1)).min(1).max(MAX_WAVEFORM_PEAKS);
export type WaveformPeaks = z.infer<typeof WaveformPeaksSchema>;

/**
 * Peaks the renderer measured from the microphone while recording (so the take can be drawn
 * without decoding it), and how much audio they cover: main fits them to the duration of what
 * actually reached the disk.
 */
export const RecordedWaveformSchema = z
  .object({
    peaks: WaveformPeaksSchema,
    coveredMs: z
      .number()
      .int()
      .min(1)
      .max(24 * 60 * 60 * 1000),
  })
  .strict();
export type RecordedWaveform = z.infer<typeof RecordedWaveformSchema>;
