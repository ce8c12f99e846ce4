import { readdir, rm, truncate } from 'node:fs/promises';
import { join } from 'node:path';
import type { AttemptsPort } from '#electron/services/attempts/attempts-port.js';
import { isMissing, toStudioIoError } from '#electron/services/storage/io-errors.js';

export interface DeleteDeps {
  attempts: Pick<AttemptsPort, 'list' | 'delete'>;
  removeRecording: (id: string) => Promise<boolean>;
}

/** Deletes every answer to one question, with its audio. The review goes first, as for one answer. */
export async function deleteQuestion(deps: DeleteDeps, questionId: string): Promise<{ deleted: number }> {
  let deleted = 0;
  for (const attempt of deps.attempts.list({ questionId })) {
    if (await deps.attempts.delete(attempt.id)) deleted++;
    await deps.removeRecording(attempt.id);
  }
  return { deleted };
}

/** Deletes every answer and its audio; answers how many answers and recordings went. */
export async function deleteAllAttempts(deps: DeleteDeps): Promise<{ deletedAttempts: number; deletedRecordingFiles: number }> {
  let deletedAttempts = 0;
  let deletedRecordingFiles = 0;
  for (const attempt of deps.attempts.list()) {
    if (await deps.attempts.delete(attempt.id)) deletedAttempts++;
    if (await deps.removeRecording(attempt.id)) deletedRecordingFiles++;
  }
  return { deletedAttempts, deletedRecordingFiles };
}

/**
 * Removes files in a folder whose names pass `which` (audio kept aside after a crash, orphaned
 * recordings, damaged history kept aside): these hold the user's words too, so "everything"
 * includes them. Answers how many went.
 */
export async function removeMatching(dir: string, which: (name: string) => boolean): Promise<number> {
  let names: string[];
  try {
    names = await readdir(dir);
  } catch (error) {
    if (isMissing(error)) return 0;
    throw toStudioIoError(error, 'delete your data');
  }
  let removed = 0;
  for (const name of names.filter(which)) {
    await rm(join(dir, name), { force: true });
    removed++;
  }
  return removed;
}

/**
 * The attempts journal is append-only: a deleted answer's review stays in its earlier lines
 * until the journal is next compacted. After erasing everything the store holds no answer, so
 * an empty journal is exactly its compacted form; emptying it now means the words are gone
 * from the disk, not just hidden. The journal writer appends with O_APPEND, so later lines
 * land at the new end. Only done when the store is empty, checked just before.
 */
export async function forgetErasedHistory(journalFile: string, attempts: Pick<AttemptsPort, 'list'>): Promise<void> {
  if (attempts.list().length !== 0) return;
  await truncate(journalFile, 0).catch((error: unknown) => {
    if (!isMissing(error)) throw toStudioIoError(error, 'erase your practice history');
  });
}

const FINISHED_AUDIO = /^([0-9a-f-]{36})\.(webm|mp4|ogg)$/;

/**
 * At start-up: finished audio that no answer owns is what a delete killed between its journal
 * line and its file removal left behind (the answer is gone, its voice is not). It goes, with the
 * waveform beside it. A recording still in progress or waiting for recovery (`.part`, `.meta.json`)
 * and audio kept aside as unplayable are never touched. Answers how many recordings went.
 */
export async function removeOrphanedAudio(dir: string, owns: (id: string) => boolean): Promise<number> {
  let names: string[];
  try {
    names = await readdir(dir);
  } catch (error) {
    if (isMissing(error)) return 0;
    throw error;
  }
  const present = new Set(names);
  const busy = (id: string) => present.has(`${id}.part`) || present.has(`${id}.meta.json`);
  let removed = 0;
  for (const name of names) {
    const id = FINISHED_AUDIO.exec(name)?.[1];
    if (!id || owns(id) || busy(id)) continue;
    await rm(join(dir, name), { force: true });
    await rm(join(dir, `${id}.waveform.json`), { force: true });
    removed++;
  }
  return removed;
}
