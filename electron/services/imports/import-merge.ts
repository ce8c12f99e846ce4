import { mkdir, readdir, rename, rm } from 'node:fs/promises';
import { basename, join } from 'node:path';
import type { StoredCustomQuestion } from '#shared/schemas/questions.js';
import type { FacilityProfile } from '#shared/schemas/profile.js';
import type { MockSession } from '#shared/schemas/mock.js';
import { SettingsSchema, type Settings, type SettingsPatch } from '#shared/schemas/settings.js';
import type { AttemptsPort } from '#electron/services/attempts/attempts-port.js';
import type { AttemptsService } from '#electron/services/attempts/attempts.js';
import { StudioError } from '#shared/contract/errors.js';
import { toStudioIoError } from '#electron/services/storage/io-errors.js';
import { containerOf } from '#electron/services/recordings/containers/containers.js';
import { syncDir } from '#electron/services/storage/durable-files.js';
import type { ResolvedRecording } from '#electron/services/recordings/resolve-file.js';
import { refuseArchive } from '#electron/services/archive/archive-errors.js';
import { looksLike } from '#electron/services/archive/audio-signature.js';
import type { Change } from './import-plan.js';
import type { CustomQuestionsPort } from './import-questions.js';
import type { ValidatedArchive } from './import-validate.js';
import type { PracticePorts } from '#electron/services/data/practice-data.js';
import type { OpenedArchive } from '#electron/services/archive/zip-read.js';
import { attemptDigest, removeIntent, writeIntent } from './import-intent.js';

export const IMPORT_TEMP_SUFFIX = '.import-tmp';
export const IMPORT_BACKUP_SUFFIX = '.import-backup';

/** Device-specific settings: another computer's microphone or voice means nothing here. */
const DEVICE_FIELDS = ['microphoneId', 'voiceURI', 'micCheckDone'] as const;

export interface MergeDeps {
  attempts: Pick<AttemptsPort, 'get'> & Pick<AttemptsService, 'applyBatch'>;
  /** Where the import's intent is kept while it is applied (see import-intent.ts); without it, none is written. */
  intentFile?: string;
  settings: { get(): Settings; set(patch: SettingsPatch): Settings };
  recordingsDir: string;
  resolveRecording: (id: string) => Promise<ResolvedRecording | null>;
  /** Where the archive's own questions go; without it they are skipped. */
  customQuestions?: CustomQuestionsPort;
  /** Where the facility profile, suspensions and mock interviews go; without one, that part is left out. */
  practice?: PracticePorts;
  log?: (message: string) => void;
}

/** The rest of the practice an import writes; null leaves that part as it is. */
export interface PracticeWrites {
  profile: FacilityProfile | null;
  suspended: string[] | null;
  mockSessions: MockSession[] | null;
  /** Optional: an intent written before ticks were imported has none. */
  checklistTicks?: string[] | null;
}

const NO_PRACTICE_WRITES: PracticeWrites = { profile: null, suspended: null, mockSessions: null };

/** How an apply is watched and stopped: progress as recordings are copied, and a cancel honored until the commit. */
export interface MergeRun {
  signal?: AbortSignal;
  /** As a recording's bytes are copied in (each piece's size), so a long recording shows them moving. */
  onCopying?: (bytes: number) => void;
  /** After each recording is copied in (its size); once when the saving starts; after each recording is moved into place. */
  onCopied?: (bytes: number) => void;
  onSaving?: () => void;
  onPlaced?: () => void;
}

/** A cancel is honored only before the commit point; the steps done so far are undone like a failure. */
function stopIfCancelled(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw new StudioError('conflict', 'The import was cancelled. Nothing was changed.');
}

/** The settings an import would apply, or null; refused before anything is written if they do not fit. */
export function importedSettings(current: Settings, archived: SettingsPatch | null): SettingsPatch | null {
  if (!archived) return null;
  const patch: Record<string, unknown> = { ...archived };
  for (const field of DEVICE_FIELDS) delete patch[field];
  if (!SettingsSchema.safeParse({ ...current, ...patch }).success) {
    throw refuseArchive('its settings do not fit together (the shortest answer length must be below the longest).');
  }
  return patch as SettingsPatch;
}

/**
 * Writes an import's changes so that a failure part-way leaves the data as it was: recordings
 * are first copied next to their place as `<id>.<ext>.import-tmp` (CRC-checked), then the intent
 * is written (import-intent.ts), then the recordings are renamed into place with any file they
 * replace kept as `.import-backup`, then every answer is written in ONE journal transaction (a new
 * journal beside the old one, renamed over it: the commit point), then the user's own questions
 * (one atomic file write), then the facility profile, the suspended questions, the mock
 * interviews and the checklist ticks, then the settings. Every step records how to undo it; on any failure the steps done
 * are undone in reverse, and the error is rethrown. After a kill, the next start finishes or undoes
 * the import from its intent (resolveInterruptedImport).
 */
export async function mergeArchive(
  deps: MergeDeps,
  archive: OpenedArchive,
  validated: ValidatedArchive,
  changes: readonly Change[],
  settingsPatch: SettingsPatch | null,
  questions: readonly StoredCustomQuestion[] = [],
  practice: PracticeWrites = NO_PRACTICE_WRITES,
  run: MergeRun = {},
): Promise<{ recordingsWritten: number }> {
  const undo: (() => Promise<unknown>)[] = [];
  const backups: string[] = [];
  let recordingsWritten = 0;
  try {
    const staged: { temp: string; final: string; id: string }[] = [];
    if (changes.some((c) => c.recordingFromArchive)) await mkdir(deps.recordingsDir, { recursive: true, mode: 0o700 });
    for (const change of changes) {
      if (!change.recordingFromArchive) continue;
      stopIfCancelled(run.signal);
      const entry = validated.recordings.get(change.after.id);
      const container = containerOf(change.after.mimeType);
      if (!entry || !container) throw refuseArchive(`the recording of ${change.after.id} is missing.`);
      const final = join(deps.recordingsDir, `${change.after.id}.${container}`);
      const temp = final + IMPORT_TEMP_SUFFIX;
      await rm(temp, { force: true });
      undo.push(() => rm(temp, { force: true }));
      await archive.copyTo(entry, temp, (head) => looksLike(container, head), run.onCopying);
      staged.push({ temp, final, id: change.after.id });
      run.onCopied?.(entry.size);
    }
    stopIfCancelled(run.signal);
    run.onSaving?.();

    const existing = await Promise.all(staged.map(({ id }) => deps.resolveRecording(id)));
    if (deps.intentFile) {
      const intentFile = deps.intentFile;
      await writeIntent(intentFile, {
        version: 1,
        recordings: staged.map(({ final }, i) => ({
          final: basename(final),
          backup: existing[i] ? basename(existing[i].path + IMPORT_BACKUP_SUFFIX) : null,
        })),
        attempts: changes.map((c) => ({ id: c.after.id, digest: attemptDigest(c.after) })),
        questions: [...questions],
        practice,
        settings: settingsPatch,
      });
      undo.push(() => removeIntent(intentFile));
    }

    for (const [i, { temp, final }] of staged.entries()) {
      const replaced = existing[i];
      if (replaced) {
        const backup = replaced.path + IMPORT_BACKUP_SUFFIX;
        await rename(replaced.path, backup);
        backups.push(backup);
        undo.push(() => rename(backup, replaced.path));
      }
      await rename(temp, final);
      undo.push(() => rm(final, { force: true }));
      recordingsWritten++;
      run.onPlaced?.();
    }
    if (staged.length) await syncDir(deps.recordingsDir);

    // The last moment a cancel can land: the journal transaction below is the commit point.
    stopIfCancelled(run.signal);
    if (changes.length) {
      await deps.attempts.applyBatch({ put: changes.map((c) => c.after) });
      // Undone as one transaction too: the earlier versions back, the new answers gone.
      undo.push(() =>
        deps.attempts.applyBatch({
          put: changes.flatMap((c) => (c.before ? [c.before] : [])),
          remove: changes.filter((c) => !c.before).map((c) => c.after.id),
        }),
      );
    }

    if (questions.length && deps.customQuestions) undo.push(await deps.customQuestions.putAll(questions));

    const { profile, suspensions, mockSessions, checklistTicks } = deps.practice ?? {};
    if (practice.profile && profile) {
      const before = profile.get();
      profile.replace(practice.profile);
      undo.push(async () => profile.replace(before));
    }
    if (practice.suspended && suspensions) {
      const before = suspensions.list();
      suspensions.replace(practice.suspended);
      undo.push(async () => suspensions.replace(before));
    }
    if (practice.mockSessions && mockSessions) {
      const before = mockSessions.all();
      mockSessions.replaceAll(practice.mockSessions);
      undo.push(async () => mockSessions.replaceAll(before));
    }
    if (practice.checklistTicks && checklistTicks) {
      const before = checklistTicks.list();
      checklistTicks.replace(practice.checklistTicks);
      undo.push(async () => checklistTicks.replace(before));
    }

    if (settingsPatch) {
      const before = deps.settings.get();
      deps.settings.set(settingsPatch);
      undo.push(async () => deps.settings.set(before));
    }
  } catch (error) {
    for (const step of undo.reverse()) {
      await step().catch((undoError: unknown) => deps.log?.(`import rollback step failed: ${String(undoError)}`));
    }
    throw toStudioIoError(error, 'import the archive');
  }
  // Committed: what the import replaced can go, then the intent (a kill in between: the next start removes the rest).
  await Promise.all(backups.map((b) => rm(b, { force: true })));
  if (deps.intentFile) await removeIntent(deps.intentFile);
  return { recordingsWritten };
}

/**
 * At start-up, after a crash mid-import: scratch copies go, and a replaced recording whose
 * replacement never landed is put back. A backup whose replacement is in place goes.
 */
export async function tidyInterruptedImport(recordingsDir: string): Promise<void> {
  const names = await readdir(recordingsDir).catch(() => [] as string[]);
  const present = new Set(names);
  for (const name of names) {
    if (name.endsWith(IMPORT_TEMP_SUFFIX)) await rm(join(recordingsDir, name), { force: true });
    if (!name.endsWith(IMPORT_BACKUP_SUFFIX)) continue;
    const original = name.slice(0, -IMPORT_BACKUP_SUFFIX.length);
    if (present.has(original)) await rm(join(recordingsDir, name), { force: true });
    else await rename(join(recordingsDir, name), join(recordingsDir, original));
  }
}
