import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { writeAt, type WriteAt } from '#electron/services/storage/durable-files.js';
import { QUESTION, WEBM, concatBytes, decodesCleanly, expectStudioError, loadChunks, makeStudio, snapshot } from './support.js';

let chunks: Uint8Array[];
beforeAll(async () => {
  ({ chunks } = await loadChunks('webm'));
});

let studio: Awaited<ReturnType<typeof makeStudio>>;
afterEach(() => studio?.cleanup());

const enospc = () => Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });

/**
 * A disk that fills up: writes succeed until `full()` is called; after that each write puts
 * half its bytes down and then fails, as a real write does when space runs out mid-way.
 */
function fillingDisk(): { write: WriteAt; full: () => void } {
  let isFull = false;
  return {
    full: () => {
      isFull = true;
    },
    write: async (handle, bytes, position) => {
      if (!isFull) return writeAt(handle, bytes, position);
      await writeAt(handle, bytes.subarray(0, Math.floor(bytes.length / 2)), position);
      throw enospc();
    },
  };
}

describe('a full disk', () => {
  it('refuses the chunk with disk_full, keeps the audio so far, and can still be finished', async () => {
    const disk = fillingDisk();
    studio = await makeStudio({ writeAt: disk.write });
    const { recordingId } = await studio.recordings.begin({ questionId: QUESTION, mimeType: WEBM });
    await studio.recordings.append({ recordingId, seq: 0, bytes: chunks[0]! });
    await studio.recordings.append({ recordingId, seq: 1, bytes: chunks[1]! });
    disk.full();

    const error = await expectStudioError(studio.recordings.append({ recordingId, seq: 2, bytes: chunks[2]! }), 'disk_full');
    expect(error.message).toMatch(/disk is full/i);
    expect(error.message).toMatch(/recorded so far is kept/i);

    // The half-written chunk was cut back off: the .part is exactly the chunks accepted.
    const part = await readFile(join(studio.dir, `${recordingId}.part`));
    expect(part.equals(Buffer.from(concatBytes(chunks.slice(0, 2))))).toBe(true);

    // The same chunk may be retried (it was never counted), and fails the same way.
    await expectStudioError(studio.recordings.append({ recordingId, seq: 2, bytes: chunks[2]! }), 'disk_full');

    // Finishing needs no new space: the seekable copy cannot be written, so the recording is
    // kept as recorded, which still plays and still knows its length.
    const attempt = await studio.recordings.finish({ recordingId });
    expect(attempt.durationMs).toBeGreaterThan(1500);
    expect(attempt.durationMs).toBeLessThan(2500);
    const file = join(studio.dir, `${recordingId}.webm`);
    expect(decodesCleanly(file)).toBe(true);
    await studio.recordings.settle(); // the .part and the marker are removed just after the answer
    expect(Object.keys(await snapshot(studio.dir))).toEqual([`${recordingId}.webm`]);
  });

  it('finishes normally once space is back', async () => {
    let failNext = false;
    studio = await makeStudio({
      writeAt: async (handle, bytes, position) => {
        if (failNext) {
          failNext = false;
          throw enospc();
        }
        return writeAt(handle, bytes, position);
      },
    });
    const { recordingId } = await studio.recordings.begin({ questionId: QUESTION, mimeType: WEBM });
    await studio.recordings.append({ recordingId, seq: 0, bytes: chunks[0]! });
    failNext = true;
    await expectStudioError(studio.recordings.append({ recordingId, seq: 1, bytes: chunks[1]! }), 'disk_full');
    for (let seq = 1; seq < chunks.length; seq++) await studio.recordings.append({ recordingId, seq, bytes: chunks[seq]! });
    const attempt = await studio.recordings.finish({ recordingId });
    expect(Math.abs(attempt.durationMs - 3960)).toBeLessThan(300);
  });

  it('another IO failure is io_error', async () => {
    studio = await makeStudio({
      writeAt: async (handle, bytes, position) => {
        if (bytes.length > 0) throw Object.assign(new Error('EIO: i/o error'), { code: 'EIO' });
        return writeAt(handle, bytes, position);
      },
    });
    // begin writes the marker through the same writer, so it fails first
    await expectStudioError(studio.recordings.begin({ questionId: QUESTION, mimeType: WEBM }), 'io_error');
    expect(await snapshot(studio.dir)).toEqual({});
  });

  it('on a real device that is always full (/dev/full), begin fails with disk_full and leaves nothing', async () => {
    const { open } = await import('node:fs/promises');
    const full = await open('/dev/full', 'w').catch(() => null);
    if (!full) return; // not on this platform
    studio = await makeStudio({
      writeAt: async (_handle, bytes, position) => {
        if (bytes.length > 0) await writeAt(full, bytes, position);
      },
    });
    await expectStudioError(studio.recordings.begin({ questionId: QUESTION, mimeType: WEBM }), 'disk_full');
    await full.close();
    expect(await snapshot(studio.dir)).toEqual({});
  });
});
