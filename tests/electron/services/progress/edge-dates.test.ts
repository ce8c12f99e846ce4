import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadContentDir } from '#electron/services/library/library.js';
import { createMockService } from '#electron/services/mock/mock-service.js';
import { createMockStore } from '#electron/services/mock/mock-store.js';
import { createProgressService } from '#electron/services/progress/progress-service.js';
import { createScheduleState } from '#electron/services/schedule/schedule-state.js';
import type { Library } from '#shared/content/schema.js';
import type { Attempt } from '#shared/schemas/attempt.js';
import { repoRoot } from '#tests/support/browser-host-process.js';
import { makeAttempt } from '#tests/support/attempt-factory.js';
import { openTestStudio } from '#tests/support/studio.js';
import { fixedClock, useTempDirs } from '#tests/support/temp-dir.js';
import { memoryStore } from './memory-store.js';

const library = await (async (): Promise<Library> => {
  const result = await loadContentDir(path.join(repoRoot, 'content'));
  if (!result.ok) throw new Error('content invalid');
  return result.library;
})();

const rated = { marks: {}, criterionNotes: {}, rating: 2, nextTime: '' };
const easy = { ...rated, rating: 5 };

/**
 * Dates at the edge of what JavaScript can hold, as a hand-made archive could once bring in.
 * The import now refuses them (see the archive tests); these prove that if one is ever in the
 * history anyway, Progress, Due today and mock interviews still answer, in any time zone.
 */
describe('progress, schedule and mock interviews with dates at the edge', () => {
  function open(extreme: Attempt[]) {
    const clock = fixedClock('2026-11-27T15:00:00.000Z');
    const all = [makeAttempt({ review: rated, reviewedAt: '2026-11-20T10:00:00.000Z' }), ...extreme];
    const store = memoryStore();
    const schedule = createScheduleState(store);
    const view = { all: () => all, revision: () => 1 };
    const progress = createProgressService({ attempts: view, library, schedule, newQuestionsPerDay: () => 5, clock });
    const mock = createMockService({ store: createMockStore(store), attempts: view, library, progress, clock });
    return { progress, mock };
  }

  it.each(['UTC', 'Asia/Tokyo', 'Pacific/Kiritimati', 'America/Los_Angeles', 'Pacific/Pago_Pago'])(
    'answers in %s with an answer recorded at 9999-12-31T23:59Z and one reviewed on 9999-12-01',
    (timeZone) => {
      const { progress, mock } = open([
        makeAttempt({ createdAt: '9999-12-31T23:59:00.000Z' }),
        makeAttempt({ questionId: library.questions[1]!.id, review: easy, reviewedAt: '9999-12-01T00:00:00.000Z' }),
        makeAttempt({ createdAt: '-000001-01-01T00:00:00.000Z', review: rated, reviewedAt: '+275760-09-13T00:00:00.000Z' }),
      ]);
      expect(progress.summary(timeZone).totals.attempts).toBe(4);
      expect(progress.due(timeZone).items.length).toBeGreaterThan(0);
      expect(mock.start({ questionCount: 4, timeZone }).questionIds).toHaveLength(4);
    },
  );
});

describe('days the person types in, held to 2000–2099', () => {
  const tempDir = useTempDirs();

  it('refuses an interview day or a reminder day outside them, in words, and keeps one inside', async () => {
    const studio = await openTestStudio(tempDir());
    try {
      const far = await studio.dispatch('profile:set', { interviewDate: '9999-12-31' });
      expect(far).toMatchObject({
        ok: false,
        error: { code: 'invalid_request', message: expect.stringContaining('is not a day from 2000 to 2099') },
      });
      expect(await studio.dispatch('profile:set', { interviewDate: '2027-01-15' })).toMatchObject({
        ok: true,
        value: { interviewDate: '2027-01-15' },
      });
      const session = (await studio.dispatch('mock:start', { questionCount: 3, timeZone: 'UTC' })) as { ok: true; value: { id: string } };
      const followUp = { checked: [], remindOn: '9999-12-31', done: false };
      expect(await studio.dispatch('mock:followUp', { sessionId: session.value.id, followUp })).toMatchObject({
        ok: false,
        error: { code: 'invalid_request' },
      });
    } finally {
      await studio.close();
    }
  });
});
