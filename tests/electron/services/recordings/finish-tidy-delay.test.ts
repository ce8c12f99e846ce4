import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { createNotices } from '#electron/services/storage/notices.js';
import { createRecordings } from '#electron/services/recordings/recordings.js';
import { removeSource } from '#electron/services/recordings/finalize.js';
import { META_SUFFIX, PART_SUFFIX, recordingsDir, type RecordingPaths } from '#electron/services/recordings/paths.js';
import { TIDY_TIMING } from '#electron/services/recordings/source-tidy.js';
import type { Studio } from '#electron/core/open-studio.js';
import type { Attempt } from '#shared/schemas/attempt.js';
import { asChunks, longWebm } from '#tests/support/long-webm.js';
import { useTempDirs } from '#tests/support/temp-dir.js';
import { openTestStudio } from '#tests/support/studio.js';
import { FIXED_NOW, WEBM, loadChunks, makeStudio, recordChunks, snapshot } from './support.js';

const DELAY_MS = 1500;

let chunks: Uint8Array[];
beforeAll(async () => {
  chunks = (await loadChunks('webm')).chunks;
});

// Only the timers the tidy uses: the file system's callbacks and setImmediate stay real.
const fakeTimers = () => vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });

let studio: Awaited<ReturnType<typeof makeStudio>> | undefined;
let release: () => void = () => undefined;
afterEach(async () => {
  release(); // a test that failed half-way must not leave a removal waiting
  await studio?.recordings.settle(); // while the timers are still the fake ones it set
  vi.useRealTimers();
  await studio?.cleanup();
  studio = undefined;
});

/** A studio whose every finished take waits DELAY_MS to be tidied, and which reports each removal. */
async function delayedStudio() {
  const removals: string[] = [];
  let removed: () => void = () => undefined;
  const made = await makeStudio({
    tidyTiming: { delayMs: DELAY_MS, minBytes: 0 },
    removeSource: async (paths: RecordingPaths) => {
      removals.push(paths.part);
      await removeSource(paths);
      removed();
    },
  });
  studio = made;
  /** Resolves at the next removal's end. */
  const nextRemoval = () => new Promise<void>((resolve) => (removed = resolve));
  return { studio: made, removals, nextRemoval };
}

/** Lets every queued callback run that a real file system would have run by now, without moving the clock. */
const aTurn = () => new Promise((resolve) => setImmediate(resolve));

const names = async (dir: string) => Object.keys(await snapshot(dir)).sort();

describe('a finished take is tidied after a short delay', () => {
  it('keeps the .part and the marker for the delay, then removes them', async () => {
    fakeTimers();
    const { studio, removals, nextRemoval } = await delayedStudio();
    const id = await recordChunks(studio.recordings, chunks);
    await studio.recordings.finish({ recordingId: id });

    vi.advanceTimersByTime(DELAY_MS - 1);
    await aTurn();
    expect(removals).toEqual([]);
    expect(await names(studio.dir)).toEqual([`${id}.meta.json`, `${id}.part`, `${id}.webm`]);

    const done = nextRemoval();
    vi.advanceTimersByTime(1);
    await done;
    expect(removals).toEqual([join(studio.dir, `${id}.part`)]);
    expect(await names(studio.dir)).toEqual([`${id}.webm`]);
  });

  it('removes a short take at once: its .part costs nothing to free, and no timer is left', async () => {
    fakeTimers();
    const removed: string[] = [];
    studio = await makeStudio({
      removeSource: async (paths) => {
        await removeSource(paths);
        removed.push(paths.part);
      },
    });
    expect(chunks.reduce((sum, c) => sum + c.byteLength, 0)).toBeLessThan(TIDY_TIMING.minBytes);
    const id = await recordChunks(studio.recordings, chunks);
    await studio.recordings.finish({ recordingId: id });
    expect(vi.getTimerCount()).toBe(0);
    while (removed.length === 0) await aTurn();
    expect(await names(studio.dir)).toEqual([`${id}.webm`]);
  });

  it('quitting runs a waiting tidy at once', async () => {
    fakeTimers();
    const { studio, removals } = await delayedStudio();
    const id = await recordChunks(studio.recordings, chunks);
    await studio.recordings.finish({ recordingId: id });
    expect(vi.getTimerCount()).toBe(1);

    await studio.recordings.settle(); // the clock has not moved
    expect(removals).toHaveLength(1);
    expect(vi.getTimerCount()).toBe(0);
    expect(await names(studio.dir)).toEqual([`${id}.webm`]);
  });

  it('a stop during the delay loses nothing, and the next start only tidies up', async () => {
    fakeTimers();
    const { studio } = await delayedStudio();
    const id = await recordChunks(studio.recordings, chunks);
    const attempt = await studio.recordings.finish({ recordingId: id });
    const finishedFile = await readFile(join(studio.dir, `${id}.webm`));

    // The app stops here: a new service on the same folder and journal.
    const notices = createNotices(() => FIXED_NOW);
    const restarted = createRecordings({ dataDir: studio.dataDir, clock: () => FIXED_NOW, attempts: studio.attempts, notices });
    expect(await restarted.recoverLeftovers()).toEqual({ recovered: [], keptAside: [], cleaned: [id] });
    expect([...studio.attempts.all.values()]).toEqual([attempt]);
    expect(notices.list()).toEqual([]);
    expect(await names(studio.dir)).toEqual([`${id}.webm`]);
    expect((await readFile(join(studio.dir, `${id}.webm`))).equals(finishedFile)).toBe(true);
  });

  it('deleting a take during the delay removes its .part and marker first, so a crash cannot bring it back', async () => {
    fakeTimers();
    const { studio, removals } = await delayedStudio();
    const id = await recordChunks(studio.recordings, chunks);
    await studio.recordings.finish({ recordingId: id, waveform: { peaks: [0.5, 0.25], coveredMs: 4000 } });

    // As `attempts:delete` does: the attempt, then its audio.
    await studio.attempts.delete(id);
    expect(await studio.recordings.removeFinished(id)).toBe(true);
    expect(await names(studio.dir)).toEqual([]);

    // The app stops now: the next start finds nothing to recover.
    const notices = createNotices(() => FIXED_NOW);
    const restarted = createRecordings({ dataDir: studio.dataDir, clock: () => FIXED_NOW, attempts: studio.attempts, notices });
    expect(await restarted.recoverLeftovers()).toEqual({ recovered: [], keptAside: [], cleaned: [] });
    expect(studio.attempts.all.size).toBe(0);
    expect(notices.list()).toEqual([]);

    // The delay's end finds nothing left to do.
    expect(vi.getTimerCount()).toBe(0);
    vi.advanceTimersByTime(DELAY_MS);
    await studio.recordings.settle();
    expect(removals).toHaveLength(1);
  });

  it('a delete while the tidy is running waits for it before removing the finished file', async () => {
    const gate = new Promise<void>((resolve) => (release = resolve));
    let asked!: () => void;
    const removalAsked = new Promise<void>((resolve) => (asked = resolve));
    const made = await makeStudio({
      tidyTiming: { delayMs: 0, minBytes: 0 },
      removeSource: async (paths) => {
        asked();
        await gate;
        await removeSource(paths);
      },
    });
    studio = made;
    const id = await recordChunks(made.recordings, chunks);
    await made.recordings.finish({ recordingId: id });
    await removalAsked;

    await made.attempts.delete(id);
    const deleting = made.recordings.removeFinished(id);
    await aTurn();
    // The finished file stays while the .part is there: without it, the .part would come back as the take.
    expect(await names(made.dir)).toEqual([`${id}.meta.json`, `${id}.part`, `${id}.webm`]);
    release();
    expect(await deleting).toBe(true);
    expect(await names(made.dir)).toEqual([]);
  });
});

/** A question in the built-in bank: the studio records only answers to questions it has. */
const QUESTION = 'insurance-denial';

describe('through the studio, with a take long enough to be tidied later', () => {
  const tempDir = useTempDirs();
  let longChunks: Uint8Array[];
  beforeAll(() => {
    longChunks = asChunks(longWebm(chunks, 120));
  });

  async function finishLongTake(target: Studio): Promise<Attempt> {
    const begun = await target.dispatch('recordings:begin', { questionId: QUESTION, mimeType: WEBM });
    if (!begun.ok) throw new Error(begun.error.message);
    const { recordingId } = begun.value as { recordingId: string };
    for (const [seq, bytes] of longChunks.entries()) {
      const appended = await target.dispatch('recordings:append', { recordingId, seq, bytes });
      if (!appended.ok) throw new Error(appended.error.message);
    }
    const finished = await target.dispatch('recordings:finish', { recordingId });
    if (!finished.ok) throw new Error(finished.error.message);
    return finished.value as Attempt;
  }

  const leftovers = (dataDir: string, id: string) =>
    [PART_SUFFIX, META_SUFFIX].filter((suffix) => existsSync(join(recordingsDir(dataDir), id + suffix)));

  it('closing the studio removes a waiting .part and marker before it lets go', async () => {
    fakeTimers();
    const dataDir = tempDir();
    const opened = await openTestStudio(dataDir);
    expect(longChunks.reduce((sum, c) => sum + c.byteLength, 0)).toBeGreaterThan(TIDY_TIMING.minBytes);
    const attempt = await finishLongTake(opened);
    expect(leftovers(dataDir, attempt.id)).toEqual([PART_SUFFIX, META_SUFFIX]); // waiting for the delay

    await opened.close();
    expect(leftovers(dataDir, attempt.id)).toEqual([]);
    expect(existsSync(join(recordingsDir(dataDir), `${attempt.id}.webm`))).toBe(true);
  });

  it('attempts:delete during the delay leaves nothing that the next start would bring back', async () => {
    fakeTimers();
    const dataDir = tempDir();
    const opened = await openTestStudio(dataDir);
    const attempt = await finishLongTake(opened);
    expect(leftovers(dataDir, attempt.id)).toEqual([PART_SUFFIX, META_SUFFIX]);

    const deleted = await opened.dispatch('attempts:delete', { attemptId: attempt.id });
    expect(deleted).toEqual({ ok: true, value: { deleted: true } });
    expect(await names(recordingsDir(dataDir))).toEqual([]);
    await opened.close();

    const reopened = await openTestStudio(dataDir);
    try {
      expect(await reopened.dispatch('attempts:list', { questionId: QUESTION })).toEqual({ ok: true, value: [] });
      expect(await names(recordingsDir(dataDir))).toEqual([]);
    } finally {
      await reopened.close();
    }
  });
});
