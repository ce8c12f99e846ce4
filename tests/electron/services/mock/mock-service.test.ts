import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadContentDir } from '#electron/services/library/library.js';
import { createMockService } from '#electron/services/mock/mock-service.js';
import { createMockStore, KEPT_SESSIONS, MOCK_SESSIONS_KEY } from '#electron/services/mock/mock-store.js';
import type { Library } from '#shared/content/schema.js';
import type { Attempt } from '#shared/schemas/attempt.js';
import { EMPTY_FOLLOW_UP, type MockSession } from '#shared/schemas/mock.js';
import { repoRoot } from '#tests/support/browser-host-process.js';
import { makeAttempt } from '#tests/support/attempt-factory.js';
import { fixedClock } from '#tests/support/temp-dir.js';
import { memoryStore } from '#tests/electron/services/progress/memory-store.js';

const library = await (async (): Promise<Library> => {
  const result = await loadContentDir(path.join(repoRoot, 'content'));
  if (!result.ok) throw new Error('content invalid');
  return result.library;
})();

const SESSION = '11111111-1111-4111-8111-111111111111';

function open(attempts: Attempt[] = [], store = memoryStore()) {
  const clock = fixedClock('2026-11-27T15:00:00.000Z');
  let n = 0;
  const mock = createMockService({
    store: createMockStore(store),
    attempts: { all: () => attempts },
    library,
    progress: { standing: () => new Map(), suspended: () => new Set() },
    clock,
    random: () => 0.5,
    newId: () => (n++ === 0 ? SESSION : `22222222-2222-4222-8222-${String(n).padStart(12, '0')}`),
  });
  return { mock, store, clock };
}

const stageOf = (questionId: string) =>
  library.categories.find((c) => c.id === library.questions.find((q) => q.id === questionId)!.categoryId)!.interviewStage;

describe('mock interview service', () => {
  it('plans a session in interview order and keeps it', () => {
    const { mock } = open();
    const session = mock.start({ questionCount: 6, timeZone: 'UTC' });
    expect(session).toMatchObject({ id: SESSION, startedAt: '2026-11-27T15:00:00.000Z', followUp: EMPTY_FOLLOW_UP });
    expect(session.questionIds.map(stageOf)).toEqual(['opening', 'behavioral', 'behavioral', 'role', 'role', 'closing']);
    expect(mock.list()).toEqual([session]);
    expect(mock.exists(SESSION)).toBe(true);
  });

  it('keeps whether the interviewer asks follow-ups: some unless none were chosen', () => {
    const { mock } = open();
    expect(mock.start({ questionCount: 3, timeZone: 'UTC' }).followUpQuestions).toBe('some');
    const quiet = mock.start({ questionCount: 3, timeZone: 'UTC', followUpQuestions: 'none' });
    expect(mock.list().find((s) => s.id === quiet.id)?.followUpQuestions).toBe('none');
  });

  it('reports the answers given in the session, in the order given', () => {
    const later = makeAttempt({ sessionId: SESSION, createdAt: '2026-11-27T15:05:00.000Z' });
    const earlier = makeAttempt({ sessionId: SESSION, createdAt: '2026-11-27T15:01:00.000Z' });
    const practice = makeAttempt({ createdAt: '2026-11-27T15:03:00.000Z' });
    const { mock } = open([later, practice, earlier]);
    mock.start({ questionCount: 3, timeZone: 'UTC' });
    expect(mock.report(SESSION).attempts.map((a) => a.id)).toEqual([earlier.id, later.id]);
    expect(() => mock.report('33333333-3333-4333-8333-333333333333')).toThrow(expect.objectContaining({ code: 'not_found' }));
  });

  it('stores the follow-up, keeping only ticks of real checklist items', () => {
    const { mock } = open();
    mock.start({ questionCount: 3, timeZone: 'UTC' });
    const saved = mock.setFollowUp(SESSION, { checked: ['send-thank-you-note', 'not-an-item'], remindOn: '2026-11-28', done: false });
    expect(saved.followUp).toEqual({ checked: ['send-thank-you-note'], remindOn: '2026-11-28', done: false });
    expect(mock.list()[0]!.followUp.checked).toEqual(['send-thank-you-note']);
  });

  it('shows a reminder from its day on, in the user’s zone, until it is done', () => {
    const { mock, clock } = open();
    mock.start({ questionCount: 3, timeZone: 'UTC' });
    mock.setFollowUp(SESSION, { checked: [], remindOn: '2026-11-28', done: false });
    expect(mock.remindersDue('UTC')).toEqual([]); // 27 Nov, 15:00 UTC
    expect(mock.remindersDue('Pacific/Auckland').map((s) => s.id)).toEqual([SESSION]); // already the 28th there
    clock.advance(2 * 24 * 3600_000);
    expect(mock.remindersDue('UTC').map((s) => s.id)).toEqual([SESSION]); // a day late still reminds
    mock.setFollowUp(SESSION, { checked: [], remindOn: '2026-11-28', done: true });
    expect(mock.remindersDue('UTC')).toEqual([]);
  });

  it('keeps the newest sessions and any with a pending reminder, and skips damaged entries', () => {
    const old: MockSession = {
      id: '44444444-4444-4444-8444-444444444444',
      startedAt: '2020-01-01T00:00:00.000Z',
      questionIds: ['questions-for-us'],
      followUp: { checked: [], remindOn: '2020-01-02', done: false },
    };
    const store = memoryStore({ [MOCK_SESSIONS_KEY]: [old, { id: 'broken' }] });
    const { mock, clock } = open([], store);
    expect(mock.list()).toEqual([old]);
    for (let i = 0; i < KEPT_SESSIONS + 5; i++) {
      clock.advance(60_000);
      mock.start({ questionCount: 3, timeZone: 'UTC' });
    }
    const kept = mock.list();
    expect(kept).toHaveLength(KEPT_SESSIONS + 1);
    expect(kept.at(-1)!.id).toBe(old.id); // its reminder is still pending
  });
});
