import { randomUUID } from 'node:crypto';
import type { Library } from '#shared/content/schema.js';
import { StudioError } from '#shared/contract/errors.js';
import type { Attempt } from '#shared/schemas/attempt.js';
import { EMPTY_FOLLOW_UP, type FollowUp, type MockFollowUpQuestions, type MockReport, type MockSession } from '#shared/schemas/mock.js';
import { localDays } from '#shared/progress/local-day.js';
import { planMockInterview } from '#shared/progress/mock-plan.js';
import type { Clock } from '#electron/services/storage/clock.js';
import type { MockStore } from './mock-store.js';
import type { ProgressService } from '#electron/services/progress/progress-service.js';

export type MockDeps = {
  store: MockStore;
  attempts: { all(): Attempt[] };
  library: Library;
  progress: Pick<ProgressService, 'standing' | 'suspended'>;
  clock: Clock;
  random?: () => number;
  newId?: () => string;
};

const notFound = () => new StudioError('not_found', 'That mock interview no longer exists.');

/** Mock interviews: planning a session, its report, and the thank-you-note follow-up with its reminder. */
export function createMockService(deps: MockDeps) {
  const { store, library, clock } = deps;
  const random = deps.random ?? Math.random;
  const newId = deps.newId ?? randomUUID;

  function require(sessionId: string): MockSession {
    const session = store.get(sessionId);
    if (!session) throw notFound();
    return session;
  }

  return {
    start({
      questionCount,
      timeZone,
      followUpQuestions = 'some',
    }: {
      questionCount: number;
      timeZone: string;
      followUpQuestions?: MockFollowUpQuestions;
    }): MockSession {
      const questionIds = planMockInterview({
        library,
        count: questionCount,
        standing: deps.progress.standing(timeZone),
        suspended: deps.progress.suspended(),
        random,
      });
      if (questionIds.length === 0) throw new StudioError('conflict', 'The question bank has no questions to ask.');
      return store.put({
        id: newId(),
        startedAt: clock().toISOString(),
        questionIds,
        followUp: EMPTY_FOLLOW_UP,
        endedAt: null,
        followUpQuestions,
      });
    },

    exists: (sessionId: string) => store.get(sessionId) !== undefined,

    /** The session with its answers in the order they were given. */
    report(sessionId: string): MockReport {
      const session = require(sessionId);
      const attempts = deps.attempts
        .all()
        .filter((a) => a.sessionId === sessionId)
        .sort((a, b) => a.createdAt.localeCompare(b.createdAt));
      return { session, attempts };
    },

    list: (): MockSession[] => store.all(),

    /** Finished or ended by the user: no longer offered for resuming. The first end is kept. */
    end(sessionId: string): MockSession {
      const session = require(sessionId);
      return session.endedAt ? session : store.put({ ...session, endedAt: clock().toISOString() });
    },

    setFollowUp(sessionId: string, followUp: FollowUp): MockSession {
      const session = require(sessionId);
      const known = new Set(library.checklists.flatMap((c) => c.items.map((i) => i.id)));
      return store.put({ ...session, followUp: { ...followUp, checked: followUp.checked.filter((id) => known.has(id)) } });
    },

    /** Follow-ups whose reminder day has come (in the user's zone) and that are not done yet. */
    remindersDue(timeZone: string): MockSession[] {
      const today = localDays(timeZone).dayOf(clock());
      return store.all().filter((s) => !s.followUp.done && s.followUp.remindOn !== null && s.followUp.remindOn <= today);
    },
  };
}
export type MockService = ReturnType<typeof createMockService>;
