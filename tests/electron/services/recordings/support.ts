import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { StudioError, type ErrorCode } from '#shared/contract/errors.js';
import type { Attempt, Review } from '#shared/schemas/attempt.js';
import type { AttemptsPort } from '#electron/services/attempts/attempts-port.js';
import { createNotices } from '#electron/services/storage/notices.js';
import { createRecordings, type RecordingsDeps } from '#electron/services/recordings/recordings.js';
import { expect } from 'vitest';

const fixtures = join(dirname(fileURLToPath(import.meta.url)), '../../../fixtures');

export const QUESTION = 'upset-patient';
export const WEBM = 'audio/webm;codecs=opus';
export const MP4 = 'audio/mp4;codecs=opus';
export const FIXED_NOW = new Date('2026-11-27T10:00:00.000Z');

/** The real MediaRecorder chunks recorded by tests/fixtures/make-webm-fixture.ts. */
export async function loadChunks(kind: 'webm' | 'mp4'): Promise<{ chunks: Uint8Array[]; recordedMs: number }> {
  const dir = join(fixtures, `${kind}-chunks`);
  const names = (await readdir(dir)).filter((name) => name.startsWith('chunk-')).sort();
  const chunks = await Promise.all(names.map(async (name) => new Uint8Array(await readFile(join(dir, name)))));
  const manifest = JSON.parse(await readFile(join(dir, 'manifest.json'), 'utf8')) as { recordedMs: number };
  return { chunks, recordedMs: manifest.recordedMs };
}

export const concatBytes = (chunks: Uint8Array[]): Uint8Array => new Uint8Array(Buffer.concat(chunks));

/** A tiny in-memory AttemptsPort: enough to see what the recordings service created. */
export function createFakeAttempts(): AttemptsPort & { all: Map<string, Attempt> } {
  const all = new Map<string, Attempt>();
  return {
    all,
    async create(attempt) {
      if (all.has(attempt.id)) throw new StudioError('conflict', 'exists');
      all.set(attempt.id, attempt);
      return attempt;
    },
    get: (id) => all.get(id),
    list: () => [...all.values()],
    async review(id: string, review: Review) {
      const attempt = { ...all.get(id)!, review };
      all.set(id, attempt);
      return attempt;
    },
    async markRecordingDeleted(id) {
      const attempt = { ...all.get(id)!, hasRecording: false };
      all.set(id, attempt);
      return attempt;
    },
    delete: async (id) => all.delete(id),
  };
}

export async function makeStudio(extra: Partial<RecordingsDeps> = {}) {
  const dataDir = await mkdtemp(join(tmpdir(), 'studio-recordings-'));
  const clock = () => FIXED_NOW;
  const attempts = createFakeAttempts();
  const notices = createNotices(clock);
  const recordings = createRecordings({ dataDir, clock, attempts, notices, ...extra });
  return {
    dataDir,
    dir: join(dataDir, 'recordings'),
    attempts,
    notices,
    recordings,
    cleanup: () => rm(dataDir, { recursive: true, force: true }),
  };
}

export async function expectStudioError(promise: Promise<unknown>, code: ErrorCode): Promise<StudioError> {
  const error = await promise.then(
    () => {
      throw new Error(`expected a StudioError '${code}', but the call succeeded`);
    },
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(StudioError);
  expect((error as StudioError).code).toBe(code);
  return error as StudioError;
}

/** Every file under a folder with its size, to prove a refused call wrote nothing. */
export async function snapshot(dir: string): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const name of await readdir(dir).catch(() => [] as string[])) {
    out[name] = (await readFile(join(dir, name))).length;
  }
  return out;
}

// ffprobe and ffmpeg are test oracles only: the app never needs them.

/** The container's own duration in seconds, or NaN when it has none (Chromium's raw webm). */
export function probeDuration(file: string): number {
  const out = execFileSync('ffprobe', ['-v', 'error', '-show_entries', 'format=duration', '-of', 'csv=p=0', file], {
    encoding: 'utf8',
  });
  return Number.parseFloat(out.trim());
}

/** Decodes the whole file; true when ffmpeg finds no error. */
export function decodesCleanly(file: string, seekSeconds = 0): boolean {
  const result = spawnSync('ffmpeg', ['-v', 'error', '-ss', String(seekSeconds), '-i', file, '-f', 'null', '-'], {
    encoding: 'utf8',
  });
  return result.status === 0 && result.stderr.trim() === '';
}

/** Seconds of audio ffmpeg actually decodes (the last packet's end), independent of any header. */
export function decodedSeconds(file: string): number {
  const out = execFileSync(
    'ffprobe',
    ['-v', 'error', '-select_streams', 'a', '-show_entries', 'packet=pts_time,duration_time', '-of', 'csv=p=0', file],
    { encoding: 'utf8' },
  );
  const last = out.trim().split('\n').pop() ?? '';
  const [pts = 'NaN', duration = '0'] = last.split(',');
  return Number.parseFloat(pts) + (Number.parseFloat(duration) || 0);
}

/** Where ffprobe lands when asked to start reading at `seconds` (the first packet's time). */
export function firstPacketAfterSeek(file: string, seconds: number): number {
  const out = execFileSync(
    'ffprobe',
    ['-v', 'error', '-read_intervals', `${seconds}%+#1`, '-show_entries', 'packet=pts_time', '-of', 'csv=p=0', file],
    { encoding: 'utf8' },
  );
  return Number.parseFloat(out.trim().split('\n')[0] ?? 'NaN');
}

export async function recordChunks(
  recordings: ReturnType<typeof createRecordings>,
  chunks: Uint8Array[],
  mimeType = WEBM,
): Promise<string> {
  const { recordingId } = await recordings.begin({ questionId: QUESTION, mimeType });
  for (const [seq, bytes] of chunks.entries()) await recordings.append({ recordingId, seq, bytes });
  return recordingId;
}
