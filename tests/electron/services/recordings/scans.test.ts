import { execFileSync } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scanMp4 } from '#electron/services/recordings/containers/mp4-scan.js';
import { scanOgg } from '#electron/services/recordings/containers/ogg-scan.js';
import { createDecoder } from '#electron/services/recordings/containers/webm-duration-fix-node.js';
import { scanWebm } from '#electron/services/recordings/containers/webm-scan.js';
import { QUESTION, concatBytes, decodedSeconds, decodesCleanly, loadChunks, makeStudio, probeDuration } from './support.js';

let dir: string;
let webm: Uint8Array;
let mp4: Uint8Array;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'studio-scan-'));
  webm = concatBytes((await loadChunks('webm')).chunks);
  mp4 = concatBytes((await loadChunks('mp4')).chunks);
});
afterAll(() => rm(dir, { recursive: true, force: true }));

async function file(name: string, bytes: Uint8Array): Promise<string> {
  const path = join(dir, name);
  await writeFile(path, bytes);
  return path;
}

describe('scanWebm', () => {
  it('reads Chromium’s webm (a 7-byte TrackUID, which the library alone cannot decode in Node)', async () => {
    const trackUid = createDecoder()
      .decode(webm as unknown as ArrayBuffer)
      .find((e) => e.name === 'TrackUID');
    expect(trackUid?.dataSize).toBeGreaterThan(6);
    const scan = await scanWebm(await file('whole.webm', webm));
    expect(scan.kind).toBe('audio');
    if (scan.kind !== 'audio') return;
    expect(scan.layout.end).toBe(webm.length);
    expect(Math.abs(scan.layout.durationMs / 1000 - decodedSeconds(join(dir, 'whole.webm')))).toBeLessThan(0.05);
  });

  it('counts the last block right when the last cluster holds only one', async () => {
    // Keep everything up to the first block of the last cluster.
    const elements = createDecoder().decode(webm as unknown as ArrayBuffer);
    const lastCluster = elements.filter((e) => e.name === 'Cluster' && !('isEnd' in e && e.isEnd)).pop()!;
    const firstBlock = elements.find((e) => e.name === 'SimpleBlock' && e.tagStart > lastCluster.tagStart)!;
    const path = await file('one-block.webm', webm.subarray(0, firstBlock.dataEnd));
    const scan = await scanWebm(path);
    expect(scan.kind).toBe('audio');
    if (scan.kind !== 'audio') return;
    expect(scan.layout.end).toBe(firstBlock.dataEnd);
    expect(Math.abs(scan.layout.durationMs / 1000 - decodedSeconds(path))).toBeLessThan(0.05);
  });

  it('stops at bytes that are not EBML, keeping the audio before them', async () => {
    const junk = new Uint8Array(3000).fill(0);
    const scan = await scanWebm(await file('junk-tail.webm', concatBytes([webm, junk])));
    expect(scan.kind === 'audio' && scan.layout.end).toBe(webm.length);
  });

  it('tells empty from unplayable', async () => {
    expect(await scanWebm(await file('header.webm', webm.subarray(0, 150)))).toEqual({ kind: 'empty' });
    expect(await scanWebm(await file('text.webm', new TextEncoder().encode('hello')))).toEqual({ kind: 'unplayable' });
    expect(await scanWebm(await file('magic-only.webm', webm.subarray(0, 40)))).toEqual({ kind: 'unplayable' });
    expect(await scanWebm(await file('nothing.webm', new Uint8Array(0)))).toEqual({ kind: 'unplayable' });
  });
});

describe('scanMp4', () => {
  it('ends at the last fragment’s start plus its samples, as ffprobe does', async () => {
    const path = await file('whole.mp4', mp4);
    const scan = await scanMp4(path);
    expect(scan.kind === 'audio' && Math.abs(scan.layout.durationMs / 1000 - probeDuration(path))).toBeLessThan(0.01);
  });

  it('is empty with only the init segment, unplayable without one', async () => {
    expect(await scanMp4(await file('init.mp4', mp4.subarray(0, 641)))).toEqual({ kind: 'empty' });
    expect(await scanMp4(await file('cut-init.mp4', mp4.subarray(0, 300)))).toEqual({ kind: 'unplayable' });
    expect(await scanMp4(await file('webm-as.mp4', webm))).toEqual({ kind: 'unplayable' });
  });
});

describe('ogg (what Firefox records)', () => {
  let ogg: Uint8Array;
  beforeAll(async () => {
    // ffmpeg only repackages the same opus audio into Ogg for the test; the app never runs it.
    const source = await file('source.webm', webm);
    execFileSync('ffmpeg', ['-v', 'error', '-y', '-i', source, '-c:a', 'copy', join(dir, 'made.ogg')]);
    ogg = new Uint8Array(await readFile(join(dir, 'made.ogg')));
  });

  it('reads the duration from the last granule position', async () => {
    const path = await file('whole.ogg', ogg);
    const scan = await scanOgg(path);
    expect(scan.kind === 'audio' && Math.abs(scan.layout.durationMs / 1000 - probeDuration(path))).toBeLessThan(0.05);
  });

  it('finishes and recovers like the others, trimmed to the last whole page', async () => {
    const studio = await makeStudio();
    try {
      const { recordingId } = await studio.recordings.begin({ questionId: QUESTION, mimeType: 'audio/ogg;codecs=opus' });
      const cut = ogg.length - 700; // in the middle of the last page
      await studio.recordings.append({ recordingId, seq: 0, bytes: ogg.subarray(0, 4000) });
      await studio.recordings.append({ recordingId, seq: 1, bytes: ogg.subarray(4000, cut) });
      const attempt = await studio.recordings.finish({ recordingId });
      const found = await studio.recordings.resolveFile(recordingId);
      expect(found?.mimeType).toBe('audio/ogg');
      expect(decodesCleanly(found!.path)).toBe(true);
      expect(Math.abs(attempt.durationMs / 1000 - decodedSeconds(found!.path))).toBeLessThan(0.1);
    } finally {
      await studio.cleanup();
    }
  });
});
