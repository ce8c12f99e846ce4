import { StudioError } from '#shared/contract/errors.js';
import type { Handlers } from './dispatcher.js';
import type { AttemptsService } from '#electron/services/attempts/attempts.js';
import type { RecordingTags } from '#electron/services/attempts/session-tagging.js';
import type { CustomQuestionsService } from '#electron/services/questions/custom-questions.js';
import { asLibraryQuestion, type LiveLibrary } from '#electron/services/questions/live-library.js';
import type { DataServices } from '#electron/services/data/data-services.js';
import type { ExportSaveAs } from '#electron/services/exports/export-save-as.js';
import type { NoticesService } from '#electron/services/storage/notices.js';
import type { ReportPdf } from '#electron/services/report/report-pdf.js';
import type { ChecklistService } from '#electron/services/checklist/checklist.js';
import type { FacilityProfileService } from '#electron/services/profile/profile.js';
import type { MockService } from '#electron/services/mock/mock-service.js';
import type { ProgressService } from '#electron/services/progress/progress-service.js';
import type { createRecordings } from '#electron/services/recordings/recordings.js';
import { formatDuration } from '#electron/services/recordings/recovery-notices.js';
import type { SettingsService } from '#electron/services/settings/settings.js';

/** Maps each channel onto the services; validation already happened in the dispatcher. */
export function createHandlers(deps: {
  info: { version: string; dataDir: string; host: 'electron' | 'browser' };
  /** Built-in questions plus the user's own, as they are at each call. */
  library: LiveLibrary;
  customQuestions: CustomQuestionsService;
  settings: SettingsService;
  profile: FacilityProfileService;
  checklist: ChecklistService;
  attempts: AttemptsService;
  recordings: ReturnType<typeof createRecordings>;
  notices: NoticesService;
  data: DataServices;
  reportPdf: ReportPdf;
  exportSaveAs: ExportSaveAs;
  progress: ProgressService;
  mock: MockService;
  /** Notes a recording's mock interview and follow-up link, so its attempt carries them. */
  sessions: { expect(recordingId: string, tags: RecordingTags): void; forget(recordingId: string): void };
}): Handlers {
  const { attempts, recordings, notices, settings, data } = deps;
  return {
    'app:info': () => ({ ...deps.info, canSavePdf: deps.reportPdf.available }),
    'app:notices': () => notices.list(),
    'app:dismissNotice': ({ noticeId }) => notices.dismiss(noticeId),

    'library:get': () => deps.library.current(),
    'questions:create': async (draft) => asLibraryQuestion(await deps.customQuestions.create(draft)),
    'questions:update': async ({ questionId, question }) => asLibraryQuestion(await deps.customQuestions.update(questionId, question)),
    'questions:delete': async ({ questionId }) => {
      await deps.customQuestions.remove(questionId);
      // The answers stay: they are the user's history, and still count in progress and exports.
      return { deleted: true as const, answersKept: attempts.list({ questionId }).length };
    },

    'settings:get': () => settings.get(),
    'settings:set': async (patch) => {
      const before = settings.get();
      const after = settings.set(patch);
      // Turning retention on (or shortening it) applies it now, not at the next start.
      await data.afterSettingsChange(before, after);
      return after;
    },

    'profile:get': () => deps.profile.get(),
    'profile:set': (patch) => deps.profile.set(patch),

    'checklist:get': () => deps.checklist.get(),
    'checklist:tick': ({ itemId, checked }) => deps.checklist.tick(itemId, checked),
    'checklist:fold': ({ folded }) => deps.checklist.fold(folded),

    'recordings:begin': async (request) => {
      if (!deps.library.has(request.questionId)) {
        throw new StudioError('not_found', 'That question is not in the question bank.');
      }
      const { sessionId, followUpOf } = request;
      if (sessionId !== undefined && !deps.mock.exists(sessionId)) {
        throw new StudioError('not_found', 'That mock interview no longer exists.');
      }
      if (followUpOf !== undefined && attempts.get(followUpOf.parentAttemptId)?.questionId !== request.questionId) {
        throw new StudioError('not_found', 'The answer this follow-up belongs to no longer exists.');
      }
      const begun = await recordings.begin({ questionId: request.questionId, mimeType: request.mimeType });
      if (sessionId !== undefined || followUpOf !== undefined) deps.sessions.expect(begun.recordingId, { sessionId, ...followUpOf });
      return begun;
    },
    'recordings:append': (request) => recordings.append(request),
    'recordings:finish': (request) => recordings.finish(request),
    'recordings:waveform': ({ recordingId }) => recordings.waveformOf(recordingId),
    'recordings:discard': async (request) => {
      deps.sessions.forget(request.recordingId);
      return recordings.discard(request);
    },
    'recordings:pageStarted': async () => {
      const { recovered } = await recordings.finishAbandoned();
      for (const attempt of recovered) {
        const question = deps.library.current().questions.find((q) => q.id === attempt.questionId);
        deps.notices.add(
          'recording_recovered',
          'info',
          `Your ${formatDuration(attempt.durationMs)} answer to “${question?.text ?? attempt.questionId}” was interrupted when the page reloaded. ` +
            'It was saved and is with your other attempts, marked as recovered.',
        );
      }
      return { recovered };
    },

    'attempts:list': ({ questionId }) => attempts.list({ questionId }),
    'attempts:get': ({ attemptId }) => attempts.require(attemptId),
    'attempts:review': ({ attemptId, review }) => attempts.review(attemptId, review),
    'attempts:measure': ({ attemptId, measurements }) => attempts.setMeasurements(attemptId, measurements),
    'attempts:starMarks': ({ attemptId, starMarks }) => attempts.setStarMarks(attemptId, starMarks),
    'attempts:delete': async ({ attemptId }) => {
      const existed = attempts.get(attemptId) !== undefined;
      // The review goes first: if removing the audio then fails, no orphan review points at nothing.
      const deleted = await attempts.delete(attemptId);
      if (existed) await recordings.removeFinished(attemptId);
      return { deleted };
    },
    'attempts:deleteQuestion': ({ questionId }) => data.deleteQuestion(questionId),

    'exports:start': ({ scope }) => data.exports.start(scope),
    'exports:status': ({ jobId }) => data.exports.status(jobId),
    'exports:cancel': ({ jobId }) => data.exports.cancel(jobId),
    'exports:clear': () => data.exports.clear(),
    'exports:saveAs': ({ fileName }) => deps.exportSaveAs.save(fileName),

    'imports:begin': ({ totalBytes, pieceBytes }) => data.imports.begin(totalBytes, pieceBytes),
    'imports:append': (request) => data.imports.append(request),
    'imports:finish': ({ importId }) => data.imports.finish(importId),
    'imports:apply': (request) => data.imports.apply(request),
    'imports:status': ({ importId }) => data.imports.status(importId),
    'imports:cancel': ({ importId }) => data.imports.cancel(importId),

    'data:deleteEverything': () => data.deleteEverything(),
    'storage:info': () => data.storageInfo(),
    'storage:openFolder': () => data.openFolder(),
    'report:savePdf': () => deps.reportPdf.save(),
    'storage:retentionPreview': ({ days }) => data.retentionPreview(days),

    'progress:summary': ({ timeZone }) => deps.progress.summary(timeZone),
    'progress:questions': () => deps.progress.questions(),
    'schedule:due': ({ timeZone }) => deps.progress.due(timeZone),
    'schedule:suspend': ({ questionId, suspended }) => deps.progress.setSuspended(questionId, suspended),
    'mock:start': (request) => {
      const session = deps.mock.start(request);
      settings.set({ mockQuestionCount: request.questionCount }); // the next session offers the same length
      return session;
    },
    'mock:report': ({ sessionId }) => deps.mock.report(sessionId),
    'mock:list': () => deps.mock.list(),
    'mock:end': ({ sessionId }) => deps.mock.end(sessionId),
    'mock:followUp': ({ sessionId, followUp }) => deps.mock.setFollowUp(sessionId, followUp),
    'mock:reminders': ({ timeZone }) => deps.mock.remindersDue(timeZone),
  };
}
