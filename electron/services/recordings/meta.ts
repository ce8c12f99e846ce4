import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import { SlugSchema } from '#shared/content/schema.js';
import { IsoDateSchema } from '#shared/schemas/ids.js';
import { RecordingMimeTypeSchema } from '#shared/schemas/recordings.js';
import { createFileDurably, type WriteAt } from '#electron/services/storage/durable-files.js';

/**
 * The "recording in progress" marker (the idea of Kap's recording-history): written before any
 * audio, removed once the attempt exists. A marker found at start-up means the app stopped
 * mid-recording, and says which question the leftover audio answers.
 */
export const RecordingMetaSchema = z.object({
  questionId: SlugSchema,
  mimeType: RecordingMimeTypeSchema,
  startedAt: IsoDateSchema,
});
export type RecordingMeta = z.infer<typeof RecordingMetaSchema>;

export async function writeMeta(path: string, meta: RecordingMeta, write: WriteAt): Promise<void> {
  await createFileDurably(path, new TextEncoder().encode(JSON.stringify(meta) + '\n'), write);
}

/** The marker, or null when it is missing, torn by a crash, or not ours. */
export async function readMeta(path: string): Promise<RecordingMeta | null> {
  try {
    const parsed = RecordingMetaSchema.safeParse(JSON.parse(await readFile(path, 'utf8')));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}
