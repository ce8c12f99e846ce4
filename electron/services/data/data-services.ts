import { join } from 'node:path';
import { StudioError } from '#shared/contract/errors.js';
import type { Library } from '#shared/content/schema.js';
import { DEFAULT_SETTINGS, type Settings } from '#shared/schemas/settings.js';
import type { AttemptsPort } from '#electron/services/attempts/attempts-port.js';
import type { AttemptsService } from '#electron/services/attempts/attempts.js';
import type { NoticesService } from '#electron/services/storage/notices.js';
import { intentPath } from '#electron/services/imports/import-intent.js';
import { resolveInterruptedImport } from '#electron/services/imports/import-resume.js';
import type { Clock } from '#electron/services/storage/clock.js';
import { recordingsDir } from '#electron/services/recordings/paths.js';
import type { RecordingsService } from '#electron/services/recordings/recordings.js';
import type { SettingsService } from '#electron/services/settings/settings.js';
import { deleteAllAttempts, deleteQuestion, forgetErasedHistory, removeMatching, removeOrphanedAudio } from './delete-data.js';
import { createExportJobs, exportsDir } from '#electron/services/exports/export-jobs.js';
import { createExportsHandler, exportDownloadUrl } from '#electron/services/exports/exports-handler.js';
import { tidyInterruptedImport } from '#electron/services/imports/import-merge.js';
import type { CustomQuestionsPort } from '#electron/services/imports/import-questions.js';
import { createImports } from '#electron/services/imports/imports.js';
import type { PracticePorts } from './practice-data.js';
import { previewRetention, runRetention } from '#electron/services/storage/retention.js';
import { storageInfo } from '#electron/services/storage/storage-info.js';

export interface DataServicesDeps {
  dataDir: string;
  clock: Clock;
  attempts: AttemptsPort & Pick<AttemptsService, 'applyBatch'>;
  recordings: Pick<RecordingsService, 'removeFinished' | 'resolveFile'>;
  settings: SettingsService;
  library: Library;
  /** The user's own questions, for export (with their dates) and import; absent, an import skips them. */
  customQuestions?: CustomQuestionsPort;
  /** The facility profile, suspended questions and mock interviews, for export and import. */
  practice?: PracticePorts;
  appVersion: string;
  host: 'electron' | 'browser';
  /** Erases what other services keep about practice (own questions, suspensions, mock sessions, facility profile), for "delete everything". */
  forgetPractice?: () => Promise<void>;
  /** Shows a folder in the system's file manager (Electron's shell.openPath); absent in the browser host. */
  openFolder?: (dir: string) => Promise<void>;
  log?: (message: string) => void;
  /** Where start-up says what it did about an import a kill interrupted. */
  notices?: Pick<NoticesService, 'add'>;
}

/** Serializes the operations that rewrite many answers at once, so two never interleave. */
function createExclusive() {
  let tail: Promise<unknown> = Promise.resolve();
  return <T>(task: () => Promise<T>): Promise<T> => {
    const run = tail.then(task, task);
    tail = run.catch(() => undefined);
    return run;
  };
}

/**
 * "Your data": export, import, delete, retention and the storage panel, over the same attempt
 * store, recordings and settings the rest of the app uses. Used by the app (through the
 * handlers) and by `npm run data` (directly).
 */
export function createDataServices(deps: DataServicesDeps) {
  const { dataDir, attempts, settings } = deps;
  const recordingsFolder = recordingsDir(dataDir);
  const exportsFolder = exportsDir(dataDir);
  const exclusive = createExclusive();
  const removeRecording = (id: string) => deps.recordings.removeFinished(id);
  const resolveRecording = (id: string) => deps.recordings.resolveFile(id);

  // What an archive is made of: the export jobs' and the command line's `--out FILE` alike.
  const exportContentsDeps = {
    attempts,
    settings,
    library: deps.library,
    customQuestions: deps.customQuestions,
    practice: deps.practice,
    resolveRecording,
    appVersion: deps.appVersion,
  };
  const exports = createExportJobs({
    ...exportContentsDeps,
    dataDir,
    clock: deps.clock,
    downloadUrlFor: (fileName) => exportDownloadUrl(deps.host, fileName),
  });
  const intentFile = intentPath(dataDir);
  const imports = createImports({
    dataDir,
    intentFile,
    attempts,
    settings,
    recordingsDir: recordingsFolder,
    resolveRecording,
    customQuestions: deps.customQuestions,
    practice: deps.practice,
    log: deps.log,
    exclusive,
  });
  const retentionDeps = { attempts, removeRecording, clock: deps.clock };
  const applyRetention = () => exclusive(() => runRetention(retentionDeps, settings.get().retentionDays));

  return {
    exports,
    imports,
    exportsHandler: createExportsHandler(exportsFolder),
    /** The same contents an export job writes, for the command line's `--out FILE`. */
    exportContentsDeps,

    deleteQuestion: (questionId: string) => exclusive(() => deleteQuestion({ attempts, removeRecording }, questionId)),

    /** Erases answers, reviews, recordings (with any kept aside), exports, settings, own questions, the facility profile and practice state. */
    deleteEverything: () =>
      exclusive(async () => {
        await exports.cancelAll();
        await imports.dropAll();
        const { deletedAttempts, deletedRecordingFiles } = await deleteAllAttempts({ attempts, removeRecording });
        // Audio kept aside after a crash, and finished files no answer points to.
        // (.part and .meta.json stay: they belong to a recording in progress, or to start-up recovery.)
        const kept = new Set(attempts.list().map((a) => a.id));
        const leftovers = await removeMatching(
          recordingsFolder,
          (name) => /\.(webm|mp4|ogg|unplayable)$/.test(name) && !kept.has(name.slice(0, 36)),
        );
        // A waveform left beside audio that is already gone; not counted, as it holds no voice.
        await removeMatching(recordingsFolder, (name) => name.endsWith('.waveform.json') && !kept.has(name.slice(0, 36)));
        const { removed: deletedExports } = await exports.clear();
        await removeMatching(join(dataDir, 'attempts'), (name) => name.includes('.damaged-'));
        await forgetErasedHistory(join(dataDir, 'attempts', 'attempts.jsonl'), attempts);
        settings.set(DEFAULT_SETTINGS);
        await deps.forgetPractice?.();
        return { deletedAttempts, deletedRecordingFiles: deletedRecordingFiles + leftovers, deletedExports };
      }),

    retentionPreview: (days: number) => previewRetention(retentionDeps, days),
    applyRetention,
    /** Runs retention when a settings change turned it on or shortened it. */
    async afterSettingsChange(before: Settings, after: Settings): Promise<void> {
      if (after.retentionDays !== null && after.retentionDays !== before.retentionDays) await applyRetention();
    },

    storageInfo: () =>
      storageInfo({
        dataDir,
        recordingsDir: recordingsFolder,
        exportsDir: exportsFolder,
        attemptCount: attempts.list().length,
        canOpenFolder: !!deps.openFolder,
      }),
    async openFolder(): Promise<{ opened: true }> {
      if (!deps.openFolder) {
        throw new StudioError('not_available', `Opening folders is not available in the browser. Your data folder is ${dataDir}`);
      }
      await deps.openFolder(dataDir);
      return { opened: true };
    },

    /** At start-up: tidy what an interrupted import or export left, then apply retention. */
    async startUp(): Promise<{ retentionRemoved: number }> {
      // First: an import a kill interrupted is finished or undone as a whole, before its files are tidied.
      await resolveInterruptedImport({
        intentFile,
        recordingsDir: recordingsFolder,
        attempts,
        settings,
        customQuestions: deps.customQuestions,
        practice: deps.practice,
        notices: deps.notices,
      }).catch((error: unknown) => deps.log?.(`finishing an interrupted import failed (tried again at the next start): ${String(error)}`));
      await imports.removeLeftovers();
      await tidyInterruptedImport(recordingsFolder);
      await removeMatching(exportsFolder, (name) => name.endsWith('.zip.part'));
      // After recovery and the import's own tidying, so nothing they still need counts as an orphan.
      const orphans = await removeOrphanedAudio(recordingsFolder, (id) => attempts.get(id) !== undefined);
      if (orphans > 0) {
        deps.notices?.add(
          'store_reset',
          'info',
          `${orphans} recording(s) of answers you had deleted were still on the disk (the delete was interrupted); they were removed now.`,
        );
      }
      return { retentionRemoved: (await applyRetention()).removed };
    },
  };
}
export type DataServices = ReturnType<typeof createDataServices>;
