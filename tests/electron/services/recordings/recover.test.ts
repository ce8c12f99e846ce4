import { mkdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createNotices } from '#electron/services/storage/notices.js';
import { createRecordings } from '#electron/services/recordings/recordings.js';
import {
  FIXED_NOW,
  MP4,
  QUESTION,
  WEBM,
  concatBytes,
  decodedSeconds,
  decodesCleanly,
  loadChunks,
  makeStudio,
  probeDuration,
  snapshot,
} from './support.js';

let webm: Uint8Array;
let webmChunks: Uint8Array[];
let mp4: Uint8Array;
beforeAll(async () => {
  webmChunks = (await loadChunks('webm')).chunks;
  webm = concatBytes(webmChunks);
  mp4 = concatBytes((await loadChunks('mp4')).chunks);
});

let studio: Awaited<ReturnType<typeof makeStudio>>;
afterEach(() => studio?.cleanup());

const ID = '3f2c1a9e-8b7d-4c6e-9f01-23456789abcd';

/** What a crash leaves: the marker and the bytes that reached the disk. */
async function leftover(
  bytes: Uint8Array | null,
  meta: object | null = { questionId: QUESTION, mimeType: WEBM, startedAt: FIXED_NOW.toISOString() },
) {
  studio = await makeStudio();
  await mkdir(studio.dir, { recursive: true, mode: 0o700 });
  if (meta) await writeFile(join(studio.dir, `${ID}.meta.json`), JSON.stringify(meta), { mode: 0o600 });
  if (bytes) await writeFile(join(studio.dir, `${ID}.part`), bytes, { mode: 0o600 });
}

describe('recovering what a crash left behind', () => {
  it('finishes a leftover .part of complete chunks into a recovered attempt, and says so', async () => {
    await leftover(webm);
    const report = await studio.recordings.recoverLeftovers();

    const attempt = studio.attempts.get(ID)!;
    expect(report.recovered).toEqual([attempt]);
    expect(attempt).toMatchObject({ questionId: QUESTION, recovered: true, hasRecording: true, mimeType: WEBM });
    expect(attempt.createdAt).toBe(FIXED_NOW.toISOString()); // when it was recorded
    const file = join(studio.dir, `${ID}.webm`);
    expect(Math.abs(probeDuration(file) - 3.96)).toBeLessThan(0.05);
    expect(decodesCleanly(file, 2)).toBe(true);
    expect(Object.keys(await snapshot(studio.dir))).toEqual([`${ID}.webm`]);

    const [notice, ...others] = studio.notices.list();
    expect(others).toEqual([]);
    expect(notice).toMatchObject({ kind: 'recording_recovered', level: 'info' });
    expect(notice!.message).toMatch(/^Recovered a 0:04 answer recorded on 27 Nov 2026 at \d\d:\d\d that was interrupted/);
  });

  it('trims a .part cut off mid-chunk to its last complete frame, and it plays', async () => {
    // Cut in the middle of a SimpleBlock, half-way through the third chunk.
    const cut = webmChunks[0]!.length + webmChunks[1]!.length + Math.floor(webmChunks[2]!.length / 2);
    await leftover(webm.subarray(0, cut));
    await studio.recordings.recoverLeftovers();

    const attempt = studio.attempts.get(ID)!;
    const file = join(studio.dir, `${ID}.webm`);
    expect(attempt.recovered).toBe(true);
    expect(decodesCleanly(file)).toBe(true); // no "truncated" complaint: the partial block is gone
    const seconds = probeDuration(file);
    expect(Math.abs(seconds - decodedSeconds(file))).toBeLessThan(0.1);
    expect(seconds).toBeGreaterThan(2);
    expect(seconds).toBeLessThan(3);
    expect(Math.abs(attempt.durationMs / 1000 - seconds)).toBeLessThan(0.05);
    expect(studio.notices.list()[0]!.message).toMatch(/Recovered a 0:0[23] answer/);
  });

  it('trims an mp4 cut off mid-fragment to its last complete fragment', async () => {
    await leftover(mp4.subarray(0, mp4.length - 5000), { questionId: QUESTION, mimeType: MP4, startedAt: FIXED_NOW.toISOString() });
    await studio.recordings.recoverLeftovers();
    const attempt = studio.attempts.get(ID)!;
    const file = join(studio.dir, `${ID}.mp4`);
    expect(attempt).toMatchObject({ recovered: true, mimeType: MP4 });
    expect(decodesCleanly(file)).toBe(true);
    expect(Math.abs(attempt.durationMs / 1000 - decodedSeconds(file))).toBeLessThan(0.1);
    expect((await stat(file)).size).toBe(51824); // where the last complete fragment ended
  });

  it('keeps garbage aside as .part.unplayable, byte for byte, with a warning', async () => {
    const garbage = new Uint8Array(4096).map((_, i) => (i * 131 + 7) % 256);
    await leftover(garbage);
    const report = await studio.recordings.recoverLeftovers();
    expect(report.recovered).toEqual([]);
    expect(studio.attempts.all.size).toBe(0);
    const aside = join(studio.dir, `${ID}.part.unplayable`);
    expect(report.keptAside).toEqual([aside]);
    expect(new Uint8Array(await readFile(aside))).toEqual(garbage);
    expect(Object.keys(await snapshot(studio.dir))).toEqual([`${ID}.part.unplayable`]);
    expect(studio.notices.list()).toMatchObject([{ kind: 'recording_lost', level: 'warning' }]);
    expect(studio.notices.list()[0]!.message).toContain(`${ID}.part.unplayable`);
  });

  it('keeps aside a header with no audio after it (a crash in the first second)', async () => {
    await leftover(webm.subarray(0, 150));
    await studio.recordings.recoverLeftovers();
    expect(Object.keys(await snapshot(studio.dir))).toEqual([`${ID}.part.unplayable`]);
    expect(studio.notices.list()).toMatchObject([{ kind: 'recording_lost', level: 'warning' }]);
  });

  it('keeps aside audio whose marker is missing: it cannot tell which question it answered', async () => {
    await leftover(webm, null);
    await studio.recordings.recoverLeftovers();
    expect(studio.attempts.all.size).toBe(0);
    expect(Object.keys(await snapshot(studio.dir))).toEqual([`${ID}.part.unplayable`]);
    expect(studio.notices.list()[0]!.message).toMatch(/not which question/);
  });

  it('treats a torn marker like a missing one', async () => {
    await leftover(webm, null);
    await writeFile(join(studio.dir, `${ID}.meta.json`), '{"questionId":"upset-pa');
    await studio.recordings.recoverLeftovers();
    expect(Object.keys(await snapshot(studio.dir))).toEqual([`${ID}.part.unplayable`]);
  });

  it('quietly tidies a recording that never got its first chunk', async () => {
    await leftover(new Uint8Array(0));
    await studio.recordings.recoverLeftovers();
    expect(await snapshot(studio.dir)).toEqual({});
    expect(studio.notices.list()).toEqual([]);
  });

  it('quietly tidies a marker whose .part was never created', async () => {
    await leftover(null);
    await studio.recordings.recoverLeftovers();
    expect(await snapshot(studio.dir)).toEqual({});
    expect(studio.notices.list()).toEqual([]);
  });

  it('only tidies up when the attempt was already saved', async () => {
    await leftover(webm);
    const first = await studio.recordings.recoverLeftovers();
    expect(first.recovered).toHaveLength(1);
    // As if the app died after saving the attempt but before removing the leftovers.
    await writeFile(join(studio.dir, `${ID}.part`), webm);
    await writeFile(
      join(studio.dir, `${ID}.meta.json`),
      JSON.stringify({ questionId: QUESTION, mimeType: WEBM, startedAt: FIXED_NOW.toISOString() }),
    );
    const second = await studio.recordings.recoverLeftovers();
    expect(second).toEqual({ recovered: [], keptAside: [], cleaned: [ID] });
    expect(studio.attempts.all.size).toBe(1);
    expect(Object.keys(await snapshot(studio.dir))).toEqual([`${ID}.webm`]);
  });

  it('tidies a .part left beside a saved recording whose marker is already gone, without a second attempt', async () => {
    await leftover(webm);
    await studio.recordings.recoverLeftovers();
    const attempt = studio.attempts.get(ID)!;
    const finished = await readFile(join(studio.dir, `${ID}.webm`));
    // The attempt saved and the .part still there (finishing removes it after answering), but the
    // marker missing: the attempt alone says this audio is saved.
    await writeFile(join(studio.dir, `${ID}.part`), webm);
    const notices = studio.notices.list().length;

    const again = await studio.recordings.recoverLeftovers();
    expect(again).toEqual({ recovered: [], keptAside: [], cleaned: [ID] });
    expect([...studio.attempts.all.values()]).toEqual([attempt]);
    expect(studio.notices.list()).toHaveLength(notices); // no "could not tell which question" warning
    expect(Object.keys(await snapshot(studio.dir))).toEqual([`${ID}.webm`]);
    expect((await readFile(join(studio.dir, `${ID}.webm`))).equals(finished)).toBe(true);
  });

  it('saves the attempt for a file put in place just before the app stopped', async () => {
    await leftover(null);
    // finish had renamed the finished file into place and removed the .part, then died.
    const other = await makeStudio();
    const id = await (async () => {
      const { recordingId } = await other.recordings.begin({ questionId: QUESTION, mimeType: WEBM });
      for (const [seq, bytes] of webmChunks.entries()) await other.recordings.append({ recordingId, seq, bytes });
      await other.recordings.finish({ recordingId });
      return recordingId;
    })();
    await writeFile(join(studio.dir, `${ID}.webm`), await readFile(join(other.dir, `${id}.webm`)));
    await other.cleanup();

    await studio.recordings.recoverLeftovers();
    expect(studio.attempts.get(ID)).toMatchObject({ recovered: true, durationMs: 3960 });
    expect(Object.keys(await snapshot(studio.dir))).toEqual([`${ID}.webm`]);
  });

  it('removes a half-written seekable copy but recovers from the .part beside it', async () => {
    await leftover(webm);
    await writeFile(join(studio.dir, `${ID}.webm.tmp`), webm.subarray(0, 100));
    await studio.recordings.recoverLeftovers();
    expect(studio.attempts.get(ID)?.recovered).toBe(true);
    expect(Object.keys(await snapshot(studio.dir))).toEqual([`${ID}.webm`]);
  });

  it('leaves finished recordings and files that are not its own alone', async () => {
    await leftover(null, null);
    await writeFile(join(studio.dir, `${ID}.webm`), webm);
    await writeFile(join(studio.dir, 'notes.txt'), 'mine');
    await writeFile(join(studio.dir, '../x.part'), 'outside');
    await studio.recordings.recoverLeftovers();
    expect(Object.keys(await snapshot(studio.dir)).sort()).toEqual([`${ID}.webm`, 'notes.txt']);
    expect(studio.notices.list()).toEqual([]);
  });

  it('a recording started in this session is not a leftover', async () => {
    studio = await makeStudio();
    const { recordingId } = await studio.recordings.begin({ questionId: QUESTION, mimeType: WEBM });
    await studio.recordings.append({ recordingId, seq: 0, bytes: webmChunks[0]! });
    await studio.recordings.recoverLeftovers();
    expect(studio.attempts.all.size).toBe(0);
    await studio.recordings.append({ recordingId, seq: 1, bytes: webmChunks[1]! });
  });

  it('a new service on the same folder recovers what the previous one was recording', async () => {
    studio = await makeStudio();
    const { recordingId } = await studio.recordings.begin({ questionId: QUESTION, mimeType: WEBM });
    for (const seq of [0, 1, 2]) await studio.recordings.append({ recordingId, seq, bytes: webmChunks[seq]! });
    // The app "restarts": a fresh service with no memory of the recording.
    const notices = createNotices(() => FIXED_NOW);
    const restarted = createRecordings({ dataDir: studio.dataDir, clock: () => FIXED_NOW, attempts: studio.attempts, notices });
    const report = await restarted.recoverLeftovers();
    expect(report.recovered.map((a) => a.id)).toEqual([recordingId]);
    expect(notices.list()).toMatchObject([{ kind: 'recording_recovered' }]);
    expect(await restarted.resolveFile(recordingId)).not.toBeNull();
  });
});
