import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { AttemptSchema } from '#shared/schemas/attempt.js';
import { MAX_CHUNK_BYTES } from '#shared/schemas/recordings.js';
import { createDecoder } from '#electron/services/recordings/containers/webm-duration-fix-node.js';
import {
  FIXED_NOW,
  MP4,
  QUESTION,
  WEBM,
  concatBytes,
  decodedSeconds,
  decodesCleanly,
  expectStudioError,
  firstPacketAfterSeek,
  loadChunks,
  makeStudio,
  probeDuration,
  recordChunks,
  snapshot,
} from './support.js';

let webm: Awaited<ReturnType<typeof loadChunks>>;
let mp4: Awaited<ReturnType<typeof loadChunks>>;
beforeAll(async () => {
  webm = await loadChunks('webm');
  mp4 = await loadChunks('mp4');
});

let studio: Awaited<ReturnType<typeof makeStudio>>;
afterEach(() => studio?.cleanup());

const uintOf = (bytes: Uint8Array): number => bytes.reduce((value, byte) => value * 256 + byte, 0);

/** Every CueClusterPosition in a finished webm, checked to land on a Cluster element. */
function cuePointsLandOnClusters(file: Buffer): { cues: number; allOnClusters: boolean } {
  const elements = createDecoder().decode(file as unknown as ArrayBuffer);
  const segment = elements.find((e) => e.name === 'Segment');
  const positions = elements.filter((e) => e.name === 'CueClusterPosition').map((e) => uintOf((e as unknown as { data: Uint8Array }).data));
  const clusterId = Buffer.from([0x1f, 0x43, 0xb6, 0x75]);
  const allOnClusters = positions.every((p) => file.subarray(segment!.dataStart + p, segment!.dataStart + p + 4).equals(clusterId));
  return { cues: positions.length, allOnClusters };
}

describe('a recording, begin to finish', () => {
  it('finishes real Chromium webm chunks into a seekable file with the right duration', async () => {
    studio = await makeStudio();
    const raw = concatBytes(webm.chunks);
    const id = await recordChunks(studio.recordings, webm.chunks);
    const attempt = await studio.recordings.finish({ recordingId: id });

    const file = join(studio.dir, `${id}.webm`);
    expect(AttemptSchema.parse(attempt)).toEqual({
      id,
      questionId: QUESTION,
      createdAt: FIXED_NOW.toISOString(),
      durationMs: attempt.durationMs,
      mimeType: WEBM,
      sizeBytes: (await stat(file)).size,
      hasRecording: true,
      recovered: false,
      review: { marks: {}, criterionNotes: {}, rating: null, nextTime: '' },
      reviewedAt: null,
      measurements: null,
      starMarks: { situation: null, task: null, action: null, result: null },
    });
    expect(studio.attempts.get(id)).toEqual(attempt);

    // The raw recording has no duration at all (crbug.com/642012); the finished one does,
    // and it matches both our count and the audio ffmpeg really decodes.
    const rawFile = join(studio.dataDir, 'raw.webm');
    await import('node:fs/promises').then((fs) => fs.writeFile(rawFile, raw));
    expect(Number.isNaN(probeDuration(rawFile))).toBe(true);
    const seconds = probeDuration(file);
    expect(Math.abs(seconds - decodedSeconds(rawFile))).toBeLessThan(0.3);
    expect(Math.abs(seconds - webm.recordedMs / 1000)).toBeLessThan(0.3);
    expect(Math.abs(attempt.durationMs / 1000 - seconds)).toBeLessThan(0.05);

    // Seekable: there is a cue per cluster pointing at a real cluster, and ffmpeg starts at 2 s.
    const cues = cuePointsLandOnClusters(await readFile(file));
    expect(cues.cues).toBeGreaterThanOrEqual(webm.chunks.length - 1);
    expect(cues.allOnClusters).toBe(true);
    expect(decodesCleanly(file, 2)).toBe(true);
    const landed = firstPacketAfterSeek(file, 2);
    expect(landed).toBeGreaterThan(0.5);
    expect(landed).toBeLessThanOrEqual(2);

    // Only the finished file is left once the tidying queued after the answer has run: no .part,
    // no marker, no scratch copy.
    await studio.recordings.settle();
    expect(Object.keys(await snapshot(studio.dir))).toEqual([`${id}.webm`]);
    expect(await studio.recordings.resolveFile(id)).toEqual({ path: file, mimeType: 'audio/webm', size: attempt.sizeBytes });
  });

  it('finishes mp4 by renaming it, with the duration from its fragments', async () => {
    studio = await makeStudio();
    const id = await recordChunks(studio.recordings, mp4.chunks, MP4);
    const attempt = await studio.recordings.finish({ recordingId: id });
    const file = join(studio.dir, `${id}.mp4`);
    expect(await readFile(file)).toEqual(Buffer.from(concatBytes(mp4.chunks)));
    expect(Math.abs(attempt.durationMs / 1000 - probeDuration(file))).toBeLessThan(0.05);
    expect(attempt).toMatchObject({ mimeType: MP4, sizeBytes: concatBytes(mp4.chunks).length });
    expect(decodesCleanly(file, 2)).toBe(true);
  });

  it('reports the running total of bytes received', async () => {
    studio = await makeStudio();
    const { recordingId } = await studio.recordings.begin({ questionId: QUESTION, mimeType: WEBM });
    let total = 0;
    for (const [seq, bytes] of webm.chunks.entries()) {
      total += bytes.length;
      expect(await studio.recordings.append({ recordingId, seq, bytes })).toEqual({ bytesReceived: total });
    }
  });

  it('writes the in-progress marker and an empty .part before any audio, private to the user', async () => {
    studio = await makeStudio();
    const { recordingId } = await studio.recordings.begin({ questionId: QUESTION, mimeType: WEBM });
    expect(await snapshot(studio.dir)).toEqual({ [`${recordingId}.meta.json`]: expect.any(Number), [`${recordingId}.part`]: 0 });
    expect(JSON.parse(await readFile(join(studio.dir, `${recordingId}.meta.json`), 'utf8'))).toEqual({
      questionId: QUESTION,
      mimeType: WEBM,
      startedAt: FIXED_NOW.toISOString(),
    });
    expect((await stat(studio.dir)).mode & 0o777).toBe(0o700);
    for (const name of Object.keys(await snapshot(studio.dir))) {
      expect((await stat(join(studio.dir, name))).mode & 0o777).toBe(0o600);
    }
    await studio.recordings.append({ recordingId, seq: 0, bytes: webm.chunks[0]! });
    await studio.recordings.finish({ recordingId }).catch(() => undefined);
  });

  it('keeps the finished file owner-only too', async () => {
    studio = await makeStudio();
    const id = await recordChunks(studio.recordings, webm.chunks);
    await studio.recordings.finish({ recordingId: id });
    expect((await stat(join(studio.dir, `${id}.webm`))).mode & 0o777).toBe(0o600);
  });

  it('tightens a recordings folder that already existed with looser permissions', async () => {
    studio = await makeStudio();
    const fs = await import('node:fs/promises');
    await fs.mkdir(studio.dir, { mode: 0o755 });
    await fs.chmod(studio.dir, 0o755);
    await studio.recordings.begin({ questionId: QUESTION, mimeType: WEBM });
    expect((await stat(studio.dir)).mode & 0o777).toBe(0o700);
  });

  it('mints a fresh UUID for every recording', async () => {
    studio = await makeStudio();
    const a = await studio.recordings.begin({ questionId: QUESTION, mimeType: WEBM });
    const b = await studio.recordings.begin({ questionId: QUESTION, mimeType: WEBM });
    expect(a.recordingId).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(a.recordingId).not.toBe(b.recordingId);
  });

  it('refuses a begin it cannot honour, writing nothing', async () => {
    studio = await makeStudio();
    await expectStudioError(studio.recordings.begin({ questionId: QUESTION, mimeType: 'video/webm' }), 'invalid_request');
    await expectStudioError(studio.recordings.begin({ questionId: '../etc', mimeType: WEBM }), 'invalid_request');
    expect(await snapshot(studio.dir)).toEqual({});
  });
});

describe('chunks that are refused write nothing', () => {
  async function begun() {
    studio = await makeStudio();
    const { recordingId } = await studio.recordings.begin({ questionId: QUESTION, mimeType: WEBM });
    await studio.recordings.append({ recordingId, seq: 0, bytes: webm.chunks[0]! });
    return { recordingId, before: await snapshot(studio.dir) };
  }

  it('a gap', async () => {
    const { recordingId, before } = await begun();
    await expectStudioError(studio.recordings.append({ recordingId, seq: 2, bytes: webm.chunks[2]! }), 'recording_gap');
    expect(await snapshot(studio.dir)).toEqual(before);
  });

  it('a duplicate, and an older seq', async () => {
    const { recordingId, before } = await begun();
    await expectStudioError(studio.recordings.append({ recordingId, seq: 0, bytes: webm.chunks[0]! }), 'recording_duplicate');
    await studio.recordings.append({ recordingId, seq: 1, bytes: webm.chunks[1]! });
    const after = await snapshot(studio.dir);
    await expectStudioError(studio.recordings.append({ recordingId, seq: 0, bytes: webm.chunks[0]! }), 'recording_duplicate');
    expect(await snapshot(studio.dir)).toEqual(after);
    expect(after[`${recordingId}.part`]).toBe(before[`${recordingId}.part`]! + webm.chunks[1]!.length);
  });

  it('chunks sent out of order: the early one is a gap, and the recording goes on', async () => {
    const { recordingId } = await begun();
    const [late, onTime] = await Promise.allSettled([
      studio.recordings.append({ recordingId, seq: 2, bytes: webm.chunks[2]! }),
      studio.recordings.append({ recordingId, seq: 1, bytes: webm.chunks[1]! }),
    ]);
    expect(late.status === 'rejected' && late.reason.code).toBe('recording_gap');
    expect(onTime.status).toBe('fulfilled');
    await studio.recordings.append({ recordingId, seq: 2, bytes: webm.chunks[2]! });
    await studio.recordings.append({ recordingId, seq: 3, bytes: webm.chunks[3]! });
    const part = await readFile(join(studio.dir, `${recordingId}.part`));
    expect(part.equals(Buffer.from(concatBytes(webm.chunks)))).toBe(true);
  });

  it('an oversize chunk', async () => {
    const { recordingId, before } = await begun();
    const big = new Uint8Array(MAX_CHUNK_BYTES + 1);
    await expectStudioError(studio.recordings.append({ recordingId, seq: 1, bytes: big }), 'chunk_too_large');
    expect(await snapshot(studio.dir)).toEqual(before);
    // The limit itself is fine.
    await studio.recordings.append({ recordingId, seq: 1, bytes: new Uint8Array(MAX_CHUNK_BYTES) });
  });

  it.each([
    ['an unknown id', '0b8e1f7e-2b0c-4d3a-9a61-5c2b8f0e7d11'],
    ['a parent path', '../x'],
    ['an encoded parent path', '%2e%2e'],
    ['an absolute path', '/etc/passwd'],
    ['a NUL byte', `0b8e1f7e-2b0c-4d3a-9a61-5c2b8f0e7d11\0`],
    ['an upper-case UUID', '0B8E1F7E-2B0C-4D3A-9A61-5C2B8F0E7D11'],
  ])('%s', async (_label, recordingId) => {
    const { before } = await begun();
    await expectStudioError(studio.recordings.append({ recordingId, seq: 1, bytes: webm.chunks[1]! }), 'not_found');
    await expectStudioError(studio.recordings.finish({ recordingId }), 'not_found');
    expect(await studio.recordings.discard({ recordingId })).toEqual({ discarded: false });
    expect(await studio.recordings.resolveFile(recordingId)).toBeNull();
    expect(await snapshot(studio.dir)).toEqual(before);
  });

  it('a chunk for a recording already finished', async () => {
    studio = await makeStudio();
    const recordingId = await recordChunks(studio.recordings, webm.chunks);
    await studio.recordings.finish({ recordingId });
    await studio.recordings.settle(); // the .part and the marker are removed just after the answer
    const before = await snapshot(studio.dir);
    await expectStudioError(studio.recordings.append({ recordingId, seq: 4, bytes: webm.chunks[0]! }), 'not_found');
    await expectStudioError(studio.recordings.finish({ recordingId }), 'not_found');
    expect(await snapshot(studio.dir)).toEqual(before);
  });
});

describe('concurrency', () => {
  it('appends sent together land in order, one at a time', async () => {
    studio = await makeStudio();
    const { recordingId } = await studio.recordings.begin({ questionId: QUESTION, mimeType: WEBM });
    const results = await Promise.all(webm.chunks.map((bytes, seq) => studio.recordings.append({ recordingId, seq, bytes })));
    let total = 0;
    expect(results).toEqual(webm.chunks.map((c) => ({ bytesReceived: (total += c.length) })));
    const part = await readFile(join(studio.dir, `${recordingId}.part`));
    expect(part.equals(Buffer.from(concatBytes(webm.chunks)))).toBe(true);
  });

  it('never runs two writes of one recording at the same time', async () => {
    let inFlight = 0;
    let most = 0;
    const { writeAt } = await import('#electron/services/storage/durable-files.js');
    studio = await makeStudio({
      writeAt: async (handle, bytes, position) => {
        inFlight += 1;
        most = Math.max(most, inFlight);
        await new Promise((resolve) => setTimeout(resolve, 5));
        await writeAt(handle, bytes, position);
        inFlight -= 1;
      },
    });
    const { recordingId } = await studio.recordings.begin({ questionId: QUESTION, mimeType: WEBM });
    await Promise.all(webm.chunks.map((bytes, seq) => studio.recordings.append({ recordingId, seq, bytes })));
    expect(most).toBe(1);
  });

  it('a finish asked for while chunks are still being written waits for them', async () => {
    studio = await makeStudio();
    const { recordingId } = await studio.recordings.begin({ questionId: QUESTION, mimeType: WEBM });
    const appends = webm.chunks.map((bytes, seq) => studio.recordings.append({ recordingId, seq, bytes }));
    const attempt = await studio.recordings.finish({ recordingId });
    await Promise.all(appends);
    expect(Math.abs(attempt.durationMs - webm.recordedMs)).toBeLessThan(300);
    // and once finish is asked for, later chunks are refused
    await expectStudioError(studio.recordings.append({ recordingId, seq: 4, bytes: webm.chunks[0]! }), 'not_found');
  });
});

describe('finish and discard', () => {
  it('an empty recording is refused and cleaned up', async () => {
    studio = await makeStudio();
    const { recordingId } = await studio.recordings.begin({ questionId: QUESTION, mimeType: WEBM });
    await expectStudioError(studio.recordings.finish({ recordingId }), 'recording_empty');
    expect(await snapshot(studio.dir)).toEqual({});
    expect(studio.attempts.all.size).toBe(0);
  });

  it('a recording with a header but no audio frames is empty too', async () => {
    studio = await makeStudio();
    const header = webm.chunks[0]!.subarray(0, 150); // EBML header, Info and Tracks only
    const recordingId = await recordChunks(studio.recordings, [header]);
    await expectStudioError(studio.recordings.finish({ recordingId }), 'recording_empty');
    expect(await snapshot(studio.dir)).toEqual({});
  });

  it('bytes that are not audio are kept aside, not deleted', async () => {
    studio = await makeStudio();
    const recordingId = await recordChunks(studio.recordings, [new TextEncoder().encode('not a webm at all')]);
    await expectStudioError(studio.recordings.finish({ recordingId }), 'recording_empty');
    expect(await snapshot(studio.dir)).toEqual({ [`${recordingId}.part.unplayable`]: 17 });
  });

  it('discard removes every file of the recording', async () => {
    studio = await makeStudio();
    const recordingId = await recordChunks(studio.recordings, webm.chunks.slice(0, 2));
    expect(await studio.recordings.discard({ recordingId })).toEqual({ discarded: true });
    expect(await snapshot(studio.dir)).toEqual({});
    expect(await studio.recordings.discard({ recordingId })).toEqual({ discarded: false });
    await expectStudioError(studio.recordings.append({ recordingId, seq: 2, bytes: webm.chunks[2]! }), 'not_found');
  });

  it('removeFinished deletes a finished recording’s audio and nothing else', async () => {
    studio = await makeStudio();
    const keep = await recordChunks(studio.recordings, webm.chunks);
    await studio.recordings.finish({ recordingId: keep });
    const gone = await recordChunks(studio.recordings, webm.chunks);
    await studio.recordings.finish({ recordingId: gone });
    expect(await studio.recordings.removeFinished(gone)).toBe(true);
    expect(await studio.recordings.removeFinished(gone)).toBe(false);
    expect(await studio.recordings.removeFinished('../x')).toBe(false);
    await studio.recordings.settle(); // the .part and the marker are removed just after the answer
    expect(Object.keys(await snapshot(studio.dir))).toEqual([`${keep}.webm`]);
  });

  it('a finish whose attempt could not be saved can be tried again', async () => {
    studio = await makeStudio();
    const create = studio.attempts.create.bind(studio.attempts);
    let failures = 1;
    studio.attempts.create = async (attempt) => {
      if (failures-- > 0) throw Object.assign(new Error('store busy'), { code: 'EIO' });
      return create(attempt);
    };
    const recordingId = await recordChunks(studio.recordings, webm.chunks);
    await expectStudioError(studio.recordings.finish({ recordingId }), 'io_error');
    const attempt = await studio.recordings.finish({ recordingId });
    expect(attempt.id).toBe(recordingId);
    await studio.recordings.settle(); // the .part and the marker are removed just after the answer
    expect(Object.keys(await snapshot(studio.dir))).toEqual([`${recordingId}.webm`]);
  });
});
