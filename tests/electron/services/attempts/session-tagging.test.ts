import { describe, expect, it } from 'vitest';
import { openAttempts } from '#electron/services/attempts/attempts.js';
import { tagAttemptsWithSessions } from '#electron/services/attempts/session-tagging.js';
import { createNotices } from '#electron/services/storage/notices.js';
import { makeAttempt } from '#tests/support/attempt-factory.js';
import { fixedClock, useTempDirs } from '#tests/support/temp-dir.js';

const SESSION = '11111111-1111-4111-8111-111111111111';

describe('session tagging', () => {
  const tempDir = useTempDirs();

  it('adds the session to the attempt of a recording it was told about, once, and to no other', async () => {
    const dir = tempDir();
    const attempts = await openAttempts({ dataDir: dir, clock: fixedClock(), notices: createNotices(fixedClock()) });
    const tagging = tagAttemptsWithSessions(attempts);
    const inMock = makeAttempt();
    const plain = makeAttempt();
    const forgotten = makeAttempt();
    tagging.expect(inMock.id, { sessionId: SESSION });
    tagging.expect(forgotten.id, { sessionId: SESSION });
    tagging.forget(forgotten.id); // discarded: its id will never become an attempt

    expect((await tagging.port.create(inMock)).sessionId).toBe(SESSION);
    expect((await tagging.port.create(plain)).sessionId).toBeUndefined();
    expect((await tagging.port.create(forgotten)).sessionId).toBeUndefined();
    expect(
      tagging.port
        .list()
        .filter((a) => a.sessionId === SESSION)
        .map((a) => a.id),
    ).toEqual([inMock.id]);
    await attempts.close();

    // Written in the journal with the attempt itself, so it survives a restart.
    const reopened = await openAttempts({ dataDir: dir, clock: fixedClock(), notices: createNotices(fixedClock()) });
    expect(reopened.get(inMock.id)?.sessionId).toBe(SESSION);
    await reopened.close();
  });

  it('links a follow-up answer to the answer it followed, and the link survives a restart', async () => {
    const dir = tempDir();
    const attempts = await openAttempts({ dataDir: dir, clock: fixedClock(), notices: createNotices(fixedClock()) });
    const tagging = tagAttemptsWithSessions(attempts);
    const parent = await tagging.port.create(makeAttempt());
    const followUp = makeAttempt({ questionId: parent.questionId });
    tagging.expect(followUp.id, { sessionId: undefined, parentAttemptId: parent.id, followUpIndex: 1 });

    const created = await tagging.port.create(followUp);
    expect(created).toMatchObject({ parentAttemptId: parent.id, followUpIndex: 1 });
    expect('sessionId' in created).toBe(false);
    expect(parent.parentAttemptId).toBeUndefined();
    await attempts.close();

    const reopened = await openAttempts({ dataDir: dir, clock: fixedClock(), notices: createNotices(fixedClock()) });
    expect(reopened.get(followUp.id)).toMatchObject({ parentAttemptId: parent.id, followUpIndex: 1 });
    await reopened.close();
  });
});
