import { readlinkSync } from 'node:fs';
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { writeAt, type WriteAt } from '#electron/services/storage/durable-files.js';
import { TEMP_SUFFIX } from '#electron/services/recordings/paths.js';
import { asChunks, longWebm } from '#tests/support/long-webm.js';
import { loadChunks, makeStudio, probeDuration, recordChunks } from './support.js';

let chunks: Uint8Array[];
beforeAll(async () => {
  chunks = asChunks(longWebm((await loadChunks('webm')).chunks, 120));
});

const studios: Awaited<ReturnType<typeof makeStudio>>[] = [];
afterEach(async () => {
  await Promise.all(studios.map((s) => s.cleanup()));
  studios.length = 0;
});
const newStudio = async (write?: WriteAt) => {
  const studio = await makeStudio(write ? { writeAt: write } : {});
  studios.push(studio);
  return studio;
};

/** The file a handle writes to (Linux: /proc/self/fd), so a fake disk can tell the .part from the seekable copy. */
const pathOf = (fd: number) => readlinkSync(`/proc/self/fd/${fd}`);

describe('the seekable copy built while recording', () => {
  it('leaves finish only the head and the Cues to write, not the recording', async () => {
    let written = 0;
    const counting: WriteAt = async (handle, bytes, position) => {
      written += bytes.byteLength;
      await writeAt(handle, bytes, position);
    };
    const studio = await newStudio(counting);
    const id = await recordChunks(studio.recordings, chunks);
    const recorded = chunks.reduce((sum, c) => sum + c.byteLength, 0);

    written = 0;
    const attempt = await studio.recordings.finish({ recordingId: id });
    expect(attempt.sizeBytes).toBeGreaterThan(recorded * 0.99);
    // ~2 MB of audio; the head and ~120 cues are a few KB.
    expect(written).toBeLessThan(16 * 1024);
    expect(probeDuration(join(studio.dir, `${id}.webm`))).toBeGreaterThan(119);
    await studio.recordings.settle(); // the .part and the marker are removed just after the answer
    expect(await readdir(studio.dir)).toEqual([`${id}.webm`]);
  });

  it('is given up when writing it fails, and finish copies the .part instead: the same file, and nothing left over', async () => {
    let failing = false;
    const copyFails: WriteAt = async (handle, bytes, position) => {
      if (failing && pathOf(handle.fd).endsWith(TEMP_SUFFIX)) throw Object.assign(new Error('no space'), { code: 'ENOSPC' });
      await writeAt(handle, bytes, position);
    };
    const broken = await newStudio(copyFails);
    const { recordingId } = await broken.recordings.begin({ questionId: 'upset-patient', mimeType: 'audio/webm;codecs=opus' });
    for (const [seq, bytes] of chunks.entries()) {
      failing = seq === 20; // one chunk's copy fails; the .part still takes every chunk
      await broken.recordings.append({ recordingId, seq, bytes });
    }
    failing = false;
    await broken.recordings.finish({ recordingId });

    const whole = await newStudio();
    const id = await recordChunks(whole.recordings, chunks);
    await whole.recordings.finish({ recordingId: id });

    const [a, b] = await Promise.all([readFile(join(broken.dir, `${recordingId}.webm`)), readFile(join(whole.dir, `${id}.webm`))]);
    expect(a.equals(b)).toBe(true);
    await broken.recordings.settle(); // the .part and the marker are removed just after the answer
    expect(await readdir(broken.dir)).toEqual([`${recordingId}.webm`]);
  });

  it('is removed with a discarded recording', async () => {
    const studio = await newStudio();
    const { recordingId } = await studio.recordings.begin({ questionId: 'upset-patient', mimeType: 'audio/webm;codecs=opus' });
    for (const [seq, bytes] of chunks.slice(0, 10).entries()) await studio.recordings.append({ recordingId, seq, bytes });
    expect((await readdir(studio.dir)).some((name) => name.endsWith(TEMP_SUFFIX))).toBe(true);
    await studio.recordings.discard({ recordingId });
    expect(await readdir(studio.dir)).toEqual([]);
  });
});
