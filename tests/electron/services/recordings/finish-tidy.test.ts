import { readFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createNotices } from '#electron/services/storage/notices.js';
import { createRecordings } from '#electron/services/recordings/recordings.js';
import { removeSource } from '#electron/services/recordings/finalize.js';
import type { RecordingPaths } from '#electron/services/recordings/paths.js';
import { FIXED_NOW, decodesCleanly, loadChunks, makeStudio, recordChunks, snapshot } from './support.js';

let chunks: Uint8Array[];
beforeAll(async () => {
  chunks = (await loadChunks('webm')).chunks;
});

let studio: Awaited<ReturnType<typeof makeStudio>>;
let release: () => void = () => undefined;
afterEach(async () => {
  release(); // a test that failed half-way must not leave a removal waiting
  await studio?.recordings.settle();
  await studio?.cleanup();
});

/**
 * A studio whose removal of a finished recording's `.part` and marker waits until the test lets it
 * go: what the folder holds meanwhile is what the app leaves if it stops between answering and
 * tidying up.
 */
async function heldStudio() {
  let asked!: () => void;
  const removalAsked = new Promise<void>((resolve) => (asked = resolve));
  const gate = new Promise<void>((resolve) => (release = resolve));
  studio = await makeStudio({
    removeSource: async (paths: RecordingPaths) => {
      asked();
      await gate;
      await removeSource(paths);
    },
  });
  // What was on the disk when the attempt was saved.
  const atCreate: { final: boolean; part: boolean }[] = [];
  const create = studio.attempts.create.bind(studio.attempts);
  studio.attempts.create = async (attempt) => {
    atCreate.push({
      final: existsSync(join(studio.dir, `${attempt.id}.webm`)),
      part: existsSync(join(studio.dir, `${attempt.id}.part`)),
    });
    return create(attempt);
  };
  return { removalAsked, atCreate };
}

/** Whether a promise has settled by the next turn of the event loop (every queued microtask run). */
const stateOf = (promise: Promise<unknown>): Promise<'settled' | 'pending'> =>
  Promise.race([
    promise.then(
      () => 'settled' as const,
      () => 'settled' as const,
    ),
    new Promise<'pending'>((resolve) => setImmediate(() => resolve('pending'))),
  ]);

describe('finishing answers before the .part is removed', () => {
  it('saves the attempt while the .part is still there, answers, and removes the .part and the marker after', async () => {
    const { removalAsked, atCreate } = await heldStudio();
    const id = await recordChunks(studio.recordings, chunks);
    // Answered while the removal is held: the answer does not wait for it.
    const attempt = await studio.recordings.finish({ recordingId: id });
    expect(await stateOf(removalAsked)).toBe('settled'); // asked for after the attempt, and held
    expect(atCreate).toEqual([{ final: true, part: true }]);
    expect(studio.attempts.get(id)).toEqual(attempt);
    expect(await studio.recordings.resolveFile(id)).toMatchObject({ size: attempt.sizeBytes });
    expect(Object.keys(await snapshot(studio.dir)).sort()).toEqual([`${id}.meta.json`, `${id}.part`, `${id}.webm`]);

    // Quitting waits for the tidying, as it waits for a finish in flight.
    const settled = studio.recordings.settle();
    expect(await stateOf(settled)).toBe('pending');
    release();
    await settled;
    expect(Object.keys(await snapshot(studio.dir))).toEqual([`${id}.webm`]);
  });

  it('a stop between the answer and the removal loses nothing, and the next start only tidies up', async () => {
    const { removalAsked } = await heldStudio();
    const id = await recordChunks(studio.recordings, chunks);
    const attempt = await studio.recordings.finish({ recordingId: id });
    expect(await stateOf(removalAsked)).toBe('settled');
    const finishedFile = await readFile(join(studio.dir, `${id}.webm`));

    // The app stops here, the removal never run: a new service on the same folder and journal.
    const notices = createNotices(() => FIXED_NOW);
    const restarted = createRecordings({ dataDir: studio.dataDir, clock: () => FIXED_NOW, attempts: studio.attempts, notices });
    const report = await restarted.recoverLeftovers();

    expect(report).toEqual({ recovered: [], keptAside: [], cleaned: [id] });
    expect([...studio.attempts.all.values()]).toEqual([attempt]); // no second attempt
    expect(notices.list()).toEqual([]);
    expect(Object.keys(await snapshot(studio.dir))).toEqual([`${id}.webm`]);
    expect((await readFile(join(studio.dir, `${id}.webm`))).equals(finishedFile)).toBe(true);
    expect(decodesCleanly(join(studio.dir, `${id}.webm`))).toBe(true);
  });

  it('a take finished because its page reloaded is tidied after its attempt too', async () => {
    const { removalAsked, atCreate } = await heldStudio();
    const recordingId = await recordChunks(studio.recordings, chunks);

    const { recovered } = await studio.recordings.finishAbandoned();
    expect(await stateOf(removalAsked)).toBe('settled');
    expect(recovered.map((a) => a.id)).toEqual([recordingId]);
    expect(atCreate).toEqual([{ final: true, part: true }]);
    release();
    await studio.recordings.settle();
    expect(Object.keys(await snapshot(studio.dir))).toEqual([`${recordingId}.webm`]);
  });
});
