import fs from 'node:fs';
import path from 'node:path';
import { StudioError } from '#shared/contract/errors.js';
import type { Library } from '#shared/content/schema.js';
import { createDispatcher, type Dispatch } from './dispatcher.js';
import { openAttempts } from '#electron/services/attempts/attempts.js';
import { tagAttemptsWithSessions } from '#electron/services/attempts/session-tagging.js';
import type { Clock } from '#electron/services/storage/clock.js';
import { openCustomQuestions } from '#electron/services/questions/custom-questions.js';
import { createLiveLibrary } from '#electron/services/questions/live-library.js';
import { formatContentErrors, loadContentDir } from '#electron/services/library/library.js';
import { createDataServices, type DataServices } from '#electron/services/data/data-services.js';
import { createMediaHandler } from '#electron/services/recordings/media-handler.js';
import { createNotices } from '#electron/services/storage/notices.js';
import { setAsideMisshapenFolders } from '#electron/services/storage/folder-shapes.js';
import { createMockService } from '#electron/services/mock/mock-service.js';
import { createMockStore } from '#electron/services/mock/mock-store.js';
import { openChecklist } from '#electron/services/checklist/checklist.js';
import { openFacilityProfile } from '#electron/services/profile/profile.js';
import { createProgressService } from '#electron/services/progress/progress-service.js';
import { createScheduleState } from '#electron/services/schedule/schedule-state.js';
import { createRecordings } from '#electron/services/recordings/recordings.js';
import { createReportPdf, type PdfPrinter } from '#electron/services/report/report-pdf.js';
import { createExportSaveAs, type ChooseExportPath } from '#electron/services/exports/export-save-as.js';
import { exportsDir } from '#electron/services/exports/export-jobs.js';
import { createSettingsService, StoredFileSchema, type KeyValueStore } from '#electron/services/settings/settings.js';
import { readOnlyStore } from '#electron/services/storage/read-only.js';
import { prepareStoreFile } from '#electron/services/storage/store-file.js';
import { CONFIG_LAYOUT, STORE_SCHEMA_VERSION, VERSION_KEY } from '#electron/services/storage/store-migrations.js';
import { createHandlers } from './handlers.js';

export const STORE_FILE_NAME = 'config.json';

export interface StudioOptions {
  dataDir: string;
  contentDir: string;
  clock: Clock;
  host: 'electron' | 'browser';
  version: string;
  /** Called after the store file was checked, so a corrupt file is set aside before conf reads it. */
  openStore: () => KeyValueStore;
  log?: (message: string) => void;
  /** Shows a folder in the system's file manager (Electron: shell.openPath); the browser host has none. */
  openFolder?: (dir: string) => Promise<void>;
  /** Renders the window as a PDF and asks where to save it (Electron); the browser host has none. */
  pdfPrinter?: PdfPrinter;
  /** Asks where to save a finished export (Electron's save dialog); the browser host downloads it instead. */
  chooseExportPath?: ChooseExportPath;
  /**
   * False for tools that may run beside the app on the same folder (`npm run data`): they must
   * not finish a recording another process is still making. Default true.
   */
  recoverLeftovers?: boolean;
  /**
   * For work that only reads (an export or an analysis from the command line, possibly beside the
   * running app): nothing in the folder is written at start-up (no compaction, no clean-up of
   * uploads or `.part` files, no migration, no recovery) and every change is refused. Default false.
   */
  readOnly?: boolean;
}

export interface Studio {
  dispatch: Dispatch;
  media: (request: Request) => Promise<Response>;
  /** Serves finished export archives: `/exports/<file>` in the browser host, a privileged scheme in Electron. */
  exportFiles: (request: Request) => Promise<Response>;
  /** Export, import, delete and retention, for the command line. */
  data: DataServices;
  close(): Promise<void>;
}

/**
 * The composition root both front doors share: checks the data folder, opens every service
 * with what it needs, recovers interrupted recordings, and returns the one dispatcher and
 * the one media handler. Nothing here imports Electron.
 */
export async function openStudio(options: StudioOptions): Promise<Studio> {
  const { dataDir, clock } = options;
  const readOnly = options.readOnly === true;
  if (!readOnly) fs.mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  const notices = createNotices(clock);
  // Before any service opens its folder: a file or a link where one belongs is set aside, with a notice.
  if (!readOnly) setAsideMisshapenFolders({ dataDir, clock, notices });

  const builtIn = await loadBuiltInLibrary(options.contentDir);
  // The user's own questions: a damaged file is set aside with a notice, never blocking the bank.
  const customQuestions = await openCustomQuestions({ dataDir, clock, builtIn, notices, readOnly });
  const liveLibrary = createLiveLibrary(builtIn, customQuestions);
  // Services below read `library.questions` at each call, so they see the user's questions as they change.
  const library = liveLibrary.view;

  const migration = readOnly
    ? null
    : prepareStoreFile({
        file: path.join(dataDir, STORE_FILE_NAME),
        layout: CONFIG_LAYOUT,
        isValid: (data) => StoredFileSchema.safeParse(data).success,
        clock,
        notices,
        words: {
          unreadable: 'Your settings file',
          startsEmpty: 'default settings are in use',
          newer: (version) =>
            `Your settings were saved by a newer version of Interview Studio (layout ${version}); ` +
            'they are left as they are, and this version may not understand all of them.',
        },
      });
  const store = readOnly ? readOnlyStore(options.openStore()) : options.openStore();
  if (migration?.status === 'missing') store.set(VERSION_KEY, STORE_SCHEMA_VERSION);
  const settings = createSettingsService(store);
  // The facility the user is interviewing with, in a file of its own (a damaged one is set aside with a notice too).
  const profile = openFacilityProfile({ dataDir, clock, notices, readOnly });
  // The "Before the interview" ticks, in a file of their own too.
  const checklist = openChecklist({ dataDir, clock, notices, library: builtIn, readOnly });

  const attempts = await openAttempts({ dataDir, clock, notices, readOnly });
  const sessions = tagAttemptsWithSessions(attempts);
  const recordings = createRecordings({ dataDir, clock, attempts: sessions.port, notices });
  if (options.recoverLeftovers !== false && !readOnly) await recordings.recoverLeftovers();
  const schedule = createScheduleState(store);
  const mockStore = createMockStore(store);
  const data = createDataServices({
    dataDir,
    clock,
    attempts,
    recordings,
    settings,
    library,
    customQuestions,
    practice: {
      profile,
      suspensions: { list: () => [...schedule.suspended()].sort(), replace: schedule.replace },
      mockSessions: mockStore,
      checklistTicks: checklist,
    },
    appVersion: options.version,
    host: options.host,
    openFolder: options.openFolder,
    forgetPractice: async () => {
      await customQuestions.removeAll();
      schedule.replace([]);
      mockStore.replaceAll([]);
      profile.clear();
      checklist.clear();
    },
    log: options.log,
    notices,
  });
  // After recovery, so a rescued recording is subject to retention like any other.
  if (!readOnly) await data.startUp();

  const progress = createProgressService({
    attempts,
    library,
    libraryRevision: liveLibrary.revision,
    schedule,
    newQuestionsPerDay: () => settings.get().newQuestionsPerDay,
    clock,
  });
  const mock = createMockService({ store: mockStore, attempts, library, progress, clock });
  // After start-up rather than during it: the window should not wait for the schedule to be replayed.
  const warming = setTimeout(() => progress.warm(), 0).unref();

  const handlers = createHandlers({
    info: { version: options.version, dataDir, host: options.host },
    reportPdf: createReportPdf({ printer: options.pdfPrinter, clock }),
    exportSaveAs: createExportSaveAs({ exportsDir: exportsDir(dataDir), choosePath: options.chooseExportPath }),
    library: liveLibrary,
    customQuestions,
    settings,
    profile,
    checklist,
    attempts,
    recordings,
    notices,
    data,
    progress,
    mock,
    sessions,
  });
  return {
    dispatch: createDispatcher(handlers, options.log),
    media: createMediaHandler(recordings.resolveFile),
    exportFiles: data.exportsHandler,
    data,
    close: async () => {
      clearTimeout(warming); // closed before it ran: nothing left to warm for
      await data.exports.cancelAll(); // a half-written archive is removed, not left behind
      await recordings.settle(); // chunks and finishes in flight land (a finish still adds its attempt)
      await attempts.close(); // then every queued journal line is written before the file closes
    },
  };
}

/** Built-in content ships with the app; if it is invalid the build is broken, so refuse to start. */
async function loadBuiltInLibrary(contentDir: string): Promise<Library> {
  const result = await loadContentDir(contentDir);
  if (!result.ok) {
    throw new StudioError('content_invalid', `The built-in question bank is invalid:\n${formatContentErrors(result.errors)}`);
  }
  return result.library;
}
