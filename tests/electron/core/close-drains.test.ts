import { describe, expect, it } from 'vitest';
import { openTestStudio } from '#tests/support/studio.js';
import { fixedClock, useTempDirs } from '#tests/support/temp-dir.js';
import { call, QUESTION_A, review } from '#tests/electron/services/data/support.js';
import { loadChunks } from '#tests/electron/services/recordings/support.js';

const tempDir = useTempDirs();

/**
 * What the desktop app's quit waits for (electron/shell/quit-sequence.ts): when `close()`
 * answers, the process may exit at once, so everything asked for before it must be on the disk.
 */
describe('studio.close() on quit', () => {
  it('lands the chunks, the finish and the review asked for just before it, and only then answers', async () => {
    const dataDir = tempDir();
    const studio = await openTestStudio(dataDir, fixedClock());
    const { chunks } = await loadChunks('webm');
    const earlier = await call(studio, 'recordings:begin', { questionId: QUESTION_A, mimeType: 'audio/webm;codecs=opus' });
    for (const [seq, bytes] of chunks.entries()) await call(studio, 'recordings:append', { recordingId: earlier.recordingId, seq, bytes });
    const reviewed = await call(studio, 'recordings:finish', { recordingId: earlier.recordingId });

    const { recordingId } = await call(studio, 'recordings:begin', { questionId: QUESTION_A, mimeType: 'audio/webm;codecs=opus' });
    // Nothing below is awaited before close: the renderer sent it as the user quit.
    const landed: string[] = [];
    for (const [seq, bytes] of chunks.entries()) {
      void studio.dispatch('recordings:append', { recordingId, seq, bytes }).then((r) => r.ok && landed.push(`chunk ${seq}`));
    }
    void studio.dispatch('recordings:finish', { recordingId }).then((r) => r.ok && landed.push('finish'));
    void studio
      .dispatch('attempts:review', { attemptId: reviewed.id, review: review({ rating: 5 }) })
      .then((r) => r.ok && landed.push('review'));
    await studio.close();
    expect(landed).toEqual(expect.arrayContaining([...chunks.map((_, seq) => `chunk ${seq}`), 'finish', 'review']));

    const reopened = await openTestStudio(dataDir, fixedClock());
    try {
      const attempts = await call(reopened, 'attempts:list', {});
      expect(attempts.map((a) => a.id).sort()).toEqual([reviewed.id, recordingId].sort());
      expect(attempts.find((a) => a.id === reviewed.id)?.review?.rating).toBe(5);
      expect(await call(reopened, 'app:notices')).toEqual([]); // nothing had to be recovered at start
    } finally {
      await reopened.close();
    }
  });
});
