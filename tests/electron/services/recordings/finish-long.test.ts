import { mkdir, readFile, readdir, rename } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { longWebm, asChunks } from '#tests/support/long-webm.js';
import { decodedSeconds, decodesCleanly, firstPacketAfterSeek, loadChunks, makeStudio, probeDuration, recordChunks } from './support.js';

let chunks: Uint8Array[];
beforeAll(async () => {
  chunks = asChunks(longWebm((await loadChunks('webm')).chunks, 300));
});

const studios: Awaited<ReturnType<typeof makeStudio>>[] = [];
afterEach(async () => {
  await Promise.all(studios.map((s) => s.cleanup()));
  studios.length = 0;
});
const newStudio = async () => {
  const studio = await makeStudio();
  studios.push(studio);
  return studio;
};

describe('finishing a 5-minute answer', () => {
  it('gives a file with the right duration that seeks near its end', async () => {
    const studio = await newStudio();
    const id = await recordChunks(studio.recordings, chunks);
    const attempt = await studio.recordings.finish({ recordingId: id });
    const file = join(studio.dir, `${id}.webm`);

    const seconds = probeDuration(file);
    expect(Math.abs(seconds - decodedSeconds(file))).toBeLessThan(0.05);
    expect(Math.abs(attempt.durationMs / 1000 - seconds)).toBeLessThan(0.05);
    expect(seconds).toBeGreaterThan(290);
    expect(decodesCleanly(file, 250)).toBe(true);
    const landed = firstPacketAfterSeek(file, 250);
    expect(landed).toBeGreaterThan(245);
    expect(landed).toBeLessThanOrEqual(250);
  });

  it('writes the same file from what it saw while recording as recovery writes from the .part alone', async () => {
    const finished = await newStudio();
    const id = await recordChunks(finished.recordings, chunks);
    await finished.recordings.finish({ recordingId: id });

    // The same chunks, then the app stops before finish: the next start scans the .part.
    const crashed = await newStudio();
    const leftId = await recordChunks(crashed.recordings, chunks);
    const restarted = await newStudio();
    await mkdir(restarted.dir, { mode: 0o700 });
    for (const name of await readdir(crashed.dir)) await rename(join(crashed.dir, name), join(restarted.dir, name));
    const report = await restarted.recordings.recoverLeftovers();
    expect(report.recovered.map((a) => a.id)).toEqual([leftId]);

    const [a, b] = await Promise.all([readFile(join(finished.dir, `${id}.webm`)), readFile(join(restarted.dir, `${leftId}.webm`))]);
    expect(a.equals(b)).toBe(true);
  });
});
