import { stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { writeAt } from '#electron/services/storage/durable-files.js';
import { expectStudioError, loadChunks, makeStudio, recordChunks, snapshot } from './support.js';

let chunks: Uint8Array[];
let recordedMs: number;
beforeAll(async () => {
  ({ chunks, recordedMs } = await loadChunks('webm'));
});

let studio: Awaited<ReturnType<typeof makeStudio>>;
afterEach(() => studio?.cleanup());

const peaks = Array.from({ length: 200 }, (_, i) => Math.round(Math.abs(Math.sin(i / 9)) * 1000) / 1000);

describe('the waveform measured while recording', () => {
  it('is kept beside the finished recording, private, and handed back for replay', async () => {
    studio = await makeStudio();
    const recordingId = await recordChunks(studio.recordings, chunks);
    await studio.recordings.finish({ recordingId, waveform: { peaks, coveredMs: recordedMs } });
    await studio.recordings.settle(); // the .part and the marker are removed just after the answer

    expect(Object.keys(await snapshot(studio.dir)).sort()).toEqual([`${recordingId}.waveform.json`, `${recordingId}.webm`]);
    expect((await stat(join(studio.dir, `${recordingId}.waveform.json`))).mode & 0o777).toBe(0o600);
    expect(await studio.recordings.waveformOf(recordingId)).toEqual({ peaks });
  });

  it('loses the peaks of audio that never reached the disk', async () => {
    studio = await makeStudio();
    const recordingId = await recordChunks(studio.recordings, chunks.slice(0, 2)); // the rest was refused
    const attempt = await studio.recordings.finish({ recordingId, waveform: { peaks, coveredMs: recordedMs } });
    const kept = (await studio.recordings.waveformOf(recordingId)).peaks!;
    expect(kept).toEqual(peaks.slice(0, kept.length));
    expect(Math.abs(kept.length / peaks.length - attempt.durationMs / recordedMs)).toBeLessThan(0.01);
  });

  it('is none for a take recorded without one, an unknown id, or a file that cannot be trusted', async () => {
    studio = await makeStudio();
    const recordingId = await recordChunks(studio.recordings, chunks);
    await studio.recordings.finish({ recordingId });
    expect(await studio.recordings.waveformOf(recordingId)).toEqual({ peaks: null });
    expect(await studio.recordings.waveformOf('../../etc/passwd')).toEqual({ peaks: null });

    await writeFile(join(studio.dir, `${recordingId}.waveform.json`), '{"peaks":[0.5, 0.');
    expect(await studio.recordings.waveformOf(recordingId)).toEqual({ peaks: null });
    await writeFile(join(studio.dir, `${recordingId}.waveform.json`), '{"peaks":[7]}');
    expect(await studio.recordings.waveformOf(recordingId)).toEqual({ peaks: null });
  });

  it('a full disk only costs the picture: the take is finished without it', async () => {
    let failWaveform = true;
    studio = await makeStudio({
      writeAt: async (handle, bytes, position) => {
        const text = new TextDecoder().decode(bytes.subarray(0, 10));
        if (failWaveform && text.startsWith('{"peaks"')) {
          await writeAt(handle, bytes.subarray(0, 5), position);
          throw Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' });
        }
        return writeAt(handle, bytes, position);
      },
    });
    const recordingId = await recordChunks(studio.recordings, chunks);
    const attempt = await studio.recordings.finish({ recordingId, waveform: { peaks, coveredMs: recordedMs } });
    expect(attempt.id).toBe(recordingId);
    await studio.recordings.settle(); // the .part and the marker are removed just after the answer
    expect(Object.keys(await snapshot(studio.dir))).toEqual([`${recordingId}.webm`]);
    expect(await studio.recordings.waveformOf(recordingId)).toEqual({ peaks: null });
    failWaveform = false;
  });

  it('goes with the recording when it is deleted or discarded', async () => {
    studio = await makeStudio();
    const finished = await recordChunks(studio.recordings, chunks);
    await studio.recordings.finish({ recordingId: finished, waveform: { peaks, coveredMs: recordedMs } });
    expect(await studio.recordings.removeFinished(finished)).toBe(true);

    // A finish that saved the file but not the attempt, then thrown away.
    const create = studio.attempts.create.bind(studio.attempts);
    studio.attempts.create = async () => {
      throw Object.assign(new Error('store busy'), { code: 'EIO' });
    };
    const discarded = await recordChunks(studio.recordings, chunks);
    await expectStudioError(studio.recordings.finish({ recordingId: discarded, waveform: { peaks, coveredMs: recordedMs } }), 'io_error');
    expect(await studio.recordings.discard({ recordingId: discarded })).toEqual({ discarded: true });
    studio.attempts.create = create;
    await studio.recordings.settle(); // the .part and the marker are removed just after the answer
    expect(await snapshot(studio.dir)).toEqual({});
  });
});
