import { describe, expect, it } from 'vitest';
import { openTestStudio } from '#tests/support/studio.js';
import { useTempDirs } from '#tests/support/temp-dir.js';
import { loadChunks } from './support.js';
import { call, failure, QUESTION_A } from '#tests/electron/services/data/support.js';

const tempDir = useTempDirs();

/**
 * Issue 19 item 8: a reload during an answer took the person to the list with no sign of the take,
 * which was recovered only at the next start of main. The page that starts now tells main, and a
 * recording no page is feeding any more is finished at once, with a notice naming the question.
 */
describe('a page starting while main holds a recording no page is feeding', () => {
  it('finishes it at once as a recovered take, with a notice naming the question; the next start finds nothing more', async () => {
    const dir = tempDir();
    let studio = await openTestStudio(dir);
    const { chunks } = await loadChunks('webm');
    const question = (await call(studio, 'library:get')).questions.find((q) => q.id === QUESTION_A)!;

    // The page before the reload: a recording begun and fed, never finished.
    const { recordingId } = await call(studio, 'recordings:begin', { questionId: QUESTION_A, mimeType: 'audio/webm;codecs=opus' });
    for (const [seq, bytes] of chunks.entries()) await call(studio, 'recordings:append', { recordingId, seq, bytes });
    // And one begun with nothing in it yet: nothing to keep, and nothing to tell.
    const empty = await call(studio, 'recordings:begin', { questionId: QUESTION_A, mimeType: 'audio/webm;codecs=opus' });

    // The reloaded page starts.
    const { recovered } = await call(studio, 'recordings:pageStarted');
    expect(recovered).toHaveLength(1);
    expect(recovered[0]).toMatchObject({ id: recordingId, questionId: QUESTION_A, recovered: true, hasRecording: true });
    expect(recovered[0]!.durationMs).toBeGreaterThan(1000);
    const notices = (await call(studio, 'app:notices')).map((n) => n.message);
    expect(notices).toHaveLength(1);
    expect(notices[0]).toContain(`“${question.text}”`);
    expect(notices[0]).toMatch(/interrupted when the page reloaded/);
    expect((await call(studio, 'attempts:list', {})).map((a) => a.id)).toEqual([recordingId]);
    expect((await studio.media(new Request(`studio-media://recording/${recordingId}`))).status).toBe(200);

    // The old page's recording is no longer in progress; a second page start finds nothing.
    expect((await failure(studio, 'recordings:append', { recordingId, seq: chunks.length, bytes: chunks[1]! })).code).toBe('not_found');
    expect((await failure(studio, 'recordings:append', { recordingId: empty.recordingId, seq: 0, bytes: chunks[0]! })).code).toBe(
      'not_found',
    );
    expect(await call(studio, 'recordings:pageStarted')).toEqual({ recovered: [] });
    await studio.close();

    // The next start of main recovers nothing twice.
    studio = await openTestStudio(dir);
    expect((await call(studio, 'attempts:list', {})).map((a) => a.id)).toEqual([recordingId]);
    expect(await call(studio, 'app:notices')).toEqual([]);
    await studio.close();
  });

  it('leaves a recording whose finish was already asked for to that finish', async () => {
    const dir = tempDir();
    const studio = await openTestStudio(dir);
    const { chunks } = await loadChunks('webm');
    const { recordingId } = await call(studio, 'recordings:begin', { questionId: QUESTION_A, mimeType: 'audio/webm;codecs=opus' });
    for (const [seq, bytes] of chunks.entries()) await call(studio, 'recordings:append', { recordingId, seq, bytes });
    const finishing = call(studio, 'recordings:finish', { recordingId });
    expect(await call(studio, 'recordings:pageStarted')).toEqual({ recovered: [] });
    expect(await finishing).toMatchObject({ id: recordingId, recovered: false });
    await studio.close();
  });
});
