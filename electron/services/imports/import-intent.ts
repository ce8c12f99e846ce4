import { createHash } from 'node:crypto';
import { open, readFile, rename, rm } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { Attempt } from '#shared/schemas/attempt.js';
import type { SettingsPatch } from '#shared/schemas/settings.js';
import type { StoredCustomQuestion } from '#shared/schemas/questions.js';
import { canonicalJson } from '#electron/services/archive/canonical-json.js';
import { syncDir } from '#electron/services/storage/durable-files.js';
import type { PracticeWrites } from './import-merge.js';

/**
 * What an import is about to do, written (and synced) before it changes anything in place, and
 * removed once it is all done. The answers are the one part that cannot be checked afterwards by
 * looking at files, so the intent names each answer the import writes with a digest of its new
 * version: the next start, finding an intent left by a kill, reads the journal and knows whether the
 * import's single journal rename happened. If it did, the rest (the recordings' old copies, the
 * user's questions, profile, suspensions, mock interviews, settings) is finished from the intent;
 * if it did not, the recordings put in place are taken back and nothing of the import remains.
 */
export const IMPORT_INTENT_FILE = 'import-pending.json';

export interface ImportIntent {
  version: 1;
  /** Recording files in the recordings folder, by name: the one put in place and the old file kept aside, if any. */
  recordings: { final: string; backup: string | null }[];
  /** Every answer the import writes, with the digest of the version it writes. */
  attempts: { id: string; digest: string }[];
  questions: StoredCustomQuestion[];
  practice: PracticeWrites;
  settings: SettingsPatch | null;
}

export const attemptDigest = (attempt: Attempt): string => createHash('sha256').update(canonicalJson(attempt)).digest('base64url');

export const intentPath = (dataDir: string) => join(dataDir, IMPORT_INTENT_FILE);

export async function writeIntent(file: string, intent: ImportIntent): Promise<void> {
  const temp = `${file}.tmp`;
  const handle = await open(temp, 'w', 0o600);
  try {
    await handle.writeFile(JSON.stringify(intent));
    await handle.sync();
  } finally {
    await handle.close();
  }
  await rename(temp, file);
  await syncDir(dirname(file));
}

export async function readIntent(file: string): Promise<ImportIntent | null> {
  try {
    const intent = JSON.parse(await readFile(file, 'utf8')) as ImportIntent;
    return intent.version === 1 ? intent : null;
  } catch {
    return null; // none (the usual case); a torn one was never acted on: its rename had not happened
  }
}

export async function removeIntent(file: string): Promise<void> {
  await rm(file, { force: true });
  await rm(`${file}.tmp`, { force: true });
  await syncDir(dirname(file));
}

/** Whether the journal holds every answer of the intent in the version the import wrote. */
export function journalCommitted(intent: ImportIntent, get: (id: string) => Attempt | undefined): boolean {
  return intent.attempts.every(({ id, digest }) => {
    const attempt = get(id);
    return attempt !== undefined && attemptDigest(attempt) === digest;
  });
}
