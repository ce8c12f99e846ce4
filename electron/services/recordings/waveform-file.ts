import { open, readFile } from 'node:fs/promises';
import { z } from 'zod';
import { WaveformPeaksSchema, type WaveformPeaks } from '#shared/schemas/waveform.js';
import type { WriteAt } from '#electron/services/storage/durable-files.js';
import { RECORDING_FILE_MODE } from './paths.js';

const WaveformFileSchema = z.object({ peaks: WaveformPeaksSchema });

/**
 * `<id>.waveform.json`, beside the recording: its peaks, so the player can draw a take at once
 * instead of fetching and decoding all of it (seconds for a long answer). Kept out of the
 * attempts journal, which every start reads whole.
 *
 * Only a picture of audio that is safe elsewhere, and one the player can always make again by
 * decoding: so it is not flushed to the disk, and one that is missing or torn is simply not used.
 */
export async function writeWaveformFile(path: string, peaks: WaveformPeaks, write: WriteAt): Promise<void> {
  const handle = await open(path, 'w', RECORDING_FILE_MODE);
  try {
    await write(handle, new TextEncoder().encode(JSON.stringify({ peaks }) + '\n'), 0);
  } finally {
    await handle.close();
  }
}

/** The peaks, or null when there is no waveform file or it cannot be trusted. */
export async function readWaveformFile(path: string): Promise<WaveformPeaks | null> {
  try {
    const parsed = WaveformFileSchema.safeParse(JSON.parse(await readFile(path, 'utf8')));
    return parsed.success ? parsed.data.peaks : null;
  } catch {
    return null;
  }
}
