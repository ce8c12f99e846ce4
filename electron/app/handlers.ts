import type { Library } from '../../shared/content/schema.js';
import { StudioError } from '../../shared/contract/errors.js';
import type { Handlers } from '../ipc/dispatcher.js';
import type { AttemptsService } from '../services/attempts/attempts.js';
import type { NoticesService } from '../services/notices.js';
import type { createRecordings } from '../services/recordings/recordings.js';
import type { SettingsService } from '../services/settings.js';

/** Maps each channel onto the services; validation already happened in the dispatcher. */
export function createHandlers(deps: {
  info: { version: string; dataDir: string; host: 'electron' | 'browser' };
  library: Library;
  settings: SettingsService;
  attempts: AttemptsService;
  recordings: ReturnType<typeof createRecordings>;
  notices: NoticesService;
}): Handlers {
  const { attempts, recordings, notices, settings } = deps;
  return {
    'app:info': () => deps.info,
    'app:notices': () => notices.list(),
    'app:dismissNotice': ({ noticeId }) => notices.dismiss(noticeId),

    'library:get': () => deps.library,

    'settings:get': () => settings.get(),
    'settings:set': (patch) => settings.set(patch),

    'recordings:begin': (request) => {
      if (!deps.library.questions.some((q) => q.id === request.questionId)) {
        throw new StudioError('not_found', 'That question is not in the question bank.');
      }
      return recordings.begin(request);
    },
    'recordings:append': (request) => recordings.append(request),
    'recordings:finish': (request) => recordings.finish(request),
    'recordings:discard': (request) => recordings.discard(request),

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
  };
}
