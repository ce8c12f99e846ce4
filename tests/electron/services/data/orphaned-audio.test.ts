import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openAttempts } from '#electron/services/attempts/attempts.js';
import { createNotices } from '#electron/services/storage/notices.js';
import { openTestStudio } from '#tests/support/studio.js';
import { fixedClock, useTempDirs } from '#tests/support/temp-dir.js';
import { call, QUESTION_A, QUESTION_B, recordAnswer, recordingFiles } from './support.js';

const tempDir = useTempDirs();

/**
 * Issue 19 item 7: a kill during attempts:deleteQuestion, after an answer's delete line reached
 * the journal and before its audio was removed, left the voice of a deleted answer on the disk,
 * uncounted by storage:info and never removed.
 */
describe('audio left by a delete that was killed part-way', () => {
  it('is removed at the next start, with a notice that counts it; other audio and audio kept aside stay', async () => {
    const dir = tempDir();
    let studio = await openTestStudio(dir);
    const deleted = await recordAnswer(studio, QUESTION_A);
    const kept = await recordAnswer(studio, QUESTION_B);
    await studio.close();

    // What the kill left: the answer's delete line is in the journal, its audio and waveform are not removed.
    const clock = fixedClock();
    const attempts = await openAttempts({ dataDir: dir, clock, notices: createNotices(clock) });
    await attempts.delete(deleted.id);
    await attempts.close();
    const recordings = path.join(dir, 'recordings');
    const unplayable = path.join(recordings, '11111111-2222-4333-8444-555555555555.part.unplayable');
    fs.writeFileSync(unplayable, 'kept aside after a crash');
    expect([...recordingFiles(dir).keys()].some((name) => name.startsWith(deleted.id))).toBe(true);

    studio = await openTestStudio(dir);
    const left = [...recordingFiles(dir).keys()];
    expect(left.some((name) => name.startsWith(deleted.id))).toBe(false);
    expect(left.some((name) => name.startsWith(kept.id))).toBe(true);
    expect(fs.existsSync(unplayable)).toBe(true);
    const notices = (await call(studio, 'app:notices', undefined)).map((n) => n.message);
    expect(notices).toContainEqual(expect.stringMatching(/^1 recording\(s\) of answers you had deleted were still on the disk/));
    expect((await studio.media(new Request(`studio-media://recording/${kept.id}`))).status).toBe(200);
    await studio.close();

    // Said once: the next start finds nothing to remove.
    studio = await openTestStudio(dir);
    expect((await call(studio, 'app:notices', undefined)).map((n) => n.message).join('\n')).not.toMatch(/had deleted/);
    await studio.close();
  });
});
