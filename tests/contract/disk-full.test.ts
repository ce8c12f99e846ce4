import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadChunks } from '#tests/electron/services/recordings/support.js';
import { openTestStudio } from '#tests/support/studio.js';

/**
 * A real full disk: the whole data folder on a small tmpfs this test mounts (it runs as root
 * here and in CI). Chunks are sent until the disk refuses one; then the promises are checked
 * on what is actually on the disk.
 */
const mounted: string[] = [];
afterEach(() => {
  for (const dir of mounted.splice(0)) {
    execFileSync('umount', ['-l', dir]); // lazy: a failed test may still hold files open
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

function mountTmpfs(sizeKiB: number): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'studio-full-'));
  execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${sizeKiB}k,mode=0700`, 'tmpfs', dir]);
  mounted.push(dir);
  return dir;
}

describe('the disk fills up during a recording', () => {
  it('stops with a clear message, keeps the audio so far, leaves settings and history untouched, and recovers it once space is back', async () => {
    const dataDir = mountTmpfs(400);
    let studio = await openTestStudio(dataDir);
    const library = (await studio.dispatch('library:get', undefined)) as { value: { questions: { id: string }[] } };
    const questionId = library.value.questions[0]!.id;
    await studio.dispatch('settings:set', { thinkSeconds: 7 });
    const { chunks } = await loadChunks('webm');

    // An earlier answer, reviewed: history that must survive.
    const earlier = (await studio.dispatch('recordings:begin', { questionId, mimeType: 'audio/webm;codecs=opus' })) as {
      value: { recordingId: string };
    };
    for (const [seq, bytes] of chunks.entries())
      await studio.dispatch('recordings:append', { recordingId: earlier.value.recordingId, seq, bytes });
    await studio.dispatch('recordings:finish', { recordingId: earlier.value.recordingId });
    await studio.dispatch('attempts:review', {
      attemptId: earlier.value.recordingId,
      review: { marks: { empathy: 'met' }, criterionNotes: {}, rating: 4, nextTime: 'breathe' },
    });
    const settingsBefore = fs.readFileSync(path.join(dataDir, 'config.json'));
    const journalBefore = fs.readFileSync(path.join(dataDir, 'attempts', 'attempts.jsonl'));

    // Fill the disk with a long answer: the chunks again and again, until the disk refuses one.
    const begun = (await studio.dispatch('recordings:begin', { questionId, mimeType: 'audio/webm;codecs=opus' })) as {
      value: { recordingId: string };
    };
    const id = begun.value.recordingId;
    let seq = 0;
    let refusal: { code: string; message: string } | null = null;
    let accepted = 0;
    while (!refusal && seq < 500) {
      const bytes = seq === 0 ? chunks[0]! : chunks[1 + ((seq - 1) % (chunks.length - 1))]!;
      const result = await studio.dispatch('recordings:append', { recordingId: id, seq, bytes });
      if (result.ok) {
        accepted = (result.value as { bytesReceived: number }).bytesReceived;
        seq++;
      } else refusal = result.error;
    }
    expect(refusal?.code).toBe('disk_full');
    expect(refusal?.message).toMatch(/disk is full/i);
    expect(refusal?.message).toMatch(/kept/i);

    // The audio so far is on the disk, exactly as accepted.
    const part = path.join(dataDir, 'recordings', `${id}.part`);
    expect(fs.statSync(part).size).toBe(accepted);
    // Settings and the history were not touched.
    expect(fs.readFileSync(path.join(dataDir, 'config.json')).equals(settingsBefore)).toBe(true);
    expect(fs.readFileSync(path.join(dataDir, 'attempts', 'attempts.jsonl')).equals(journalBefore)).toBe(true);

    // Finishing may itself need space (the history line); either it works or it says the disk is full.
    const finished = await studio.dispatch('recordings:finish', { recordingId: id });
    if (!finished.ok) expect(finished.error.code).toBe('disk_full');
    await studio.close();

    // Space comes back; the next start has the answer, one way or the other, and the old one too.
    execFileSync('mount', ['-o', 'remount,size=4096k', dataDir]);
    studio = await openTestStudio(dataDir);
    const attempts = (await studio.dispatch('attempts:list', {})) as {
      value: { id: string; durationMs: number; review: { rating: number | null } }[];
    };
    const rescued = attempts.value.find((a) => a.id === id);
    expect(rescued?.durationMs).toBeGreaterThan(2000);
    expect(attempts.value.find((a) => a.id === earlier.value.recordingId)?.review.rating).toBe(4);
    const media = await studio.media(new Request(`studio-media://recording/${id}`));
    expect(media.status).toBe(200);
    expect(((await studio.dispatch('settings:get', undefined)) as { value: { thinkSeconds: number } }).value.thinkSeconds).toBe(7);
    await studio.close();
  });
});
