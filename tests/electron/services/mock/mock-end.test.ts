import { afterEach, describe, expect, it } from 'vitest';
import type { Studio } from '#electron/core/open-studio.js';
import { openTestStudio } from '#tests/support/studio.js';
import { fixedClock, useTempDirs } from '#tests/support/temp-dir.js';
import { call, failure } from '#tests/electron/services/data/support.js';

const tempDir = useTempDirs();
const open: Studio[] = [];
afterEach(async () => {
  for (const studio of open.splice(0)) await studio.close();
});

describe('mock:end', () => {
  it('a new interview runs (endedAt null) until ended; the first end is kept, and it survives a restart', async () => {
    const dir = tempDir();
    const clock = fixedClock();
    const studio = await openTestStudio(dir, clock);
    open.push(studio);
    const session = await call(studio, 'mock:start', { questionCount: 3, timeZone: 'UTC' });
    expect(session.endedAt).toBeNull();

    clock.advance(60_000);
    const ended = await call(studio, 'mock:end', { sessionId: session.id });
    expect(ended.endedAt).toBe(clock().toISOString());
    clock.advance(60_000);
    expect((await call(studio, 'mock:end', { sessionId: session.id })).endedAt).toBe(ended.endedAt);
    await studio.close();
    open.pop();

    const again = await openTestStudio(dir, clock);
    open.push(again);
    expect((await call(again, 'mock:list')).find((s) => s.id === session.id)?.endedAt).toBe(ended.endedAt);
  });

  it('refuses an interview that does not exist', async () => {
    const studio = await openTestStudio(tempDir(), fixedClock());
    open.push(studio);
    const refused = await failure(studio, 'mock:end', { sessionId: '99999999-9999-4999-8999-999999999999' });
    expect(refused).toMatchObject({ code: 'not_found', message: 'That mock interview no longer exists.' });
  });
});
