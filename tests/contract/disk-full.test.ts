import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadChunks } from '#tests/electron/services/recordings/support.js';
import { openTestStudio } from '#tests/support/studio.js';
import type { Attempt } from '#shared/schemas/attempt.js';
import { call, failure, QUESTION_A, QUESTION_B, recordAnswer, review } from '#tests/electron/services/data/support.js';

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

/** Fills the disk under `dir` with one file, until the disk refuses another byte; answers the filler's path. */
function fillDisk(dir: string): string {
  const filler = path.join(dir, 'filler.bin');
  const fd = fs.openSync(filler, 'w');
  try {
    for (const size of [64 * 1024, 4096, 512, 16, 1]) {
      const block = Buffer.alloc(size, 1);
      try {
        for (;;) fs.writeSync(fd, block);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'ENOSPC') throw error;
      }
    }
  } finally {
    fs.closeSync(fd);
  }
  return filler;
}

const canMount = process.getuid?.() === 0;
if (!canMount) console.log('disk-full journal tests skipped: mounting a tmpfs needs root');

describe.runIf(canMount)('the first saves after a full disk are kept', () => {
  for (const order of ['review first', 'answer first'] as const) {
    it(`a refused review leaves no torn line; after space is freed, ${order}, both survive a restart`, async () => {
      const dataDir = mountTmpfs(1024);
      let studio = await openTestStudio(dataDir);
      const earlier = await recordAnswer(studio, QUESTION_A);
      const journal = path.join(dataDir, 'attempts', 'attempts.jsonl');
      const filler = fillDisk(dataDir);

      // Reviews until the disk refuses one: the refused line is the one that crosses into a page the disk cannot give.
      let refusal: { code: string } | null = null;
      let lengthBefore = 0;
      for (let i = 0; i < 200 && !refusal; i++) {
        lengthBefore = fs.statSync(journal).size;
        const result = await studio.dispatch('attempts:review', { attemptId: earlier.id, review: review({ nextTime: `take ${i}` }) });
        if (!result.ok) refusal = result.error;
      }
      expect(refusal?.code).toBe('disk_full');
      // Cut back to the last whole line: nothing torn for the next save to be glued onto.
      expect(fs.statSync(journal).size).toBe(lengthBefore);
      expect(fs.readFileSync(journal).at(-1)).toBe(0x0a);
      // Settings on a full disk say so too.
      expect(await failure(studio, 'settings:set', { thinkSeconds: 9 })).toMatchObject({ code: 'disk_full' });

      fs.rmSync(filler); // space is back
      let later: Attempt;
      const finalReview = review({ nextTime: 'after the disk was freed' });
      if (order === 'review first') {
        await call(studio, 'attempts:review', { attemptId: earlier.id, review: finalReview });
        later = await recordAnswer(studio, QUESTION_B);
      } else {
        later = await recordAnswer(studio, QUESTION_B);
        await call(studio, 'attempts:review', { attemptId: earlier.id, review: finalReview });
      }
      await studio.close();

      studio = await openTestStudio(dataDir);
      const attempts = await call(studio, 'attempts:list', {});
      expect(attempts.find((a) => a.id === earlier.id)?.review.nextTime).toBe('after the disk was freed');
      expect(attempts.find((a) => a.id === later.id)).toBeDefined();
      const notices = await call(studio, 'app:notices', undefined);
      expect(JSON.stringify(notices)).not.toMatch(/damaged/);
      await studio.close();
    });
  }
});
