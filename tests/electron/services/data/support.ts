import fs from 'node:fs';
import path from 'node:path';
import type { Studio } from '#electron/core/open-studio.js';
import type { Channel, ResponseOf } from '#shared/contract/channels.js';
import type { Attempt, Review } from '#shared/schemas/attempt.js';
import type { ConflictChoice, ImportPreview, ImportResult } from '#shared/schemas/imports.js';
import type { ExportJobStatus } from '#shared/schemas/exports.js';
import type { ExportScope } from '#shared/schemas/archive.js';
import { loadChunks } from '#tests/electron/services/recordings/support.js';
import { META_SUFFIX, PART_SUFFIX, recordingsDir } from '#electron/services/recordings/paths.js';
import { dataDirOf } from '#tests/support/studio.js';

export const QUESTION_A = 'insurance-denial';
export const QUESTION_B = 'nervous-patient';
export { FACILITY } from '#tests/electron/services/profile/support.js';

/** Calls a channel through the real dispatcher and returns its value, or throws its error. */
export async function call<C extends Channel>(studio: Studio, channel: C, request?: unknown): Promise<ResponseOf<C>> {
  const result = await studio.dispatch(channel, request);
  if (!result.ok) throw Object.assign(new Error(`${channel}: ${result.error.code}: ${result.error.message}`), { code: result.error.code });
  return result.value as ResponseOf<C>;
}

/** The error code and message a channel answers with; fails the test if it succeeds. */
export async function failure(studio: Studio, channel: Channel, request?: unknown): Promise<{ code: string; message: string }> {
  const result = await studio.dispatch(channel, request);
  if (result.ok) throw new Error(`${channel} was expected to fail`);
  return result.error;
}

/** Records one answer from the real Chromium webm chunks, through begin/append/finish (in a mock interview with `sessionId`). */
export async function recordAnswer(studio: Studio, questionId = QUESTION_A, sessionId?: string): Promise<Attempt> {
  const { chunks } = await loadChunks('webm');
  const { recordingId } = await call(studio, 'recordings:begin', {
    questionId,
    mimeType: 'audio/webm;codecs=opus',
    ...(sessionId ? { sessionId } : {}),
  });
  for (const [seq, bytes] of chunks.entries()) await call(studio, 'recordings:append', { recordingId, seq, bytes });
  const attempt = await call(studio, 'recordings:finish', { recordingId });
  await untilTidied(studio, recordingId);
  return attempt;
}

/**
 * A finished recording's `.part` and marker are removed just after its answer (recordings.ts): wait
 * for that, so a folder snapshot taken next sees the answer as it stays, not half-way through.
 */
async function untilTidied(studio: Studio, recordingId: string): Promise<void> {
  const dir = recordingsDir(dataDirOf(studio));
  const leftovers = [PART_SUFFIX, META_SUFFIX].map((suffix) => path.join(dir, recordingId + suffix));
  while (leftovers.some((file) => fs.existsSync(file))) await new Promise((resolve) => setTimeout(resolve, 2));
}

export const review = (overrides: Partial<Review> = {}): Review => ({
  marks: { star: 'met', empathy: 'partly' },
  criterionNotes: { empathy: 'Say "I understand", then act.' },
  rating: 4,
  nextTime: '=SUM(A1) is not a formula, just words, with, commas',
  ...overrides,
});

/** Runs an export job to its end and answers its final status. */
export async function exportAll(studio: Studio, scope: ExportScope = {}): Promise<ExportJobStatus> {
  const { jobId } = await call(studio, 'exports:start', { scope });
  for (let i = 0; i < 500; i++) {
    const status = await call(studio, 'exports:status', { jobId });
    if (status.state !== 'running') return status;
    await new Promise((r) => setTimeout(r, 10));
  }
  throw new Error('export did not finish');
}

export const exportPath = (dataDir: string, status: ExportJobStatus) => path.join(dataDir, 'exports', status.fileName);

/** Sends archive bytes through imports:begin/append/finish in small pieces and answers the preview. */
export async function upload(studio: Studio, bytes: Uint8Array, pieceBytes = 64 * 1024): Promise<ImportPreview> {
  const { importId } = await call(studio, 'imports:begin', { totalBytes: bytes.byteLength });
  for (let seq = 0, at = 0; at < bytes.byteLength; seq++, at += pieceBytes) {
    await call(studio, 'imports:append', { importId, seq, bytes: bytes.subarray(at, at + pieceBytes) });
  }
  return call(studio, 'imports:finish', { importId });
}

export async function importBytes(
  studio: Studio,
  bytes: Uint8Array,
  conflicts: ConflictChoice = 'keep_newer',
  takeSettings = false,
  takeProfile = false,
): Promise<{ preview: ImportPreview; result: ImportResult }> {
  const preview = await upload(studio, bytes);
  const result = await call(studio, 'imports:apply', { importId: preview.importId, conflicts, takeSettings, takeProfile });
  return { preview, result };
}

export const readBytes = (file: string) => new Uint8Array(fs.readFileSync(file));

/** Every finished recording's bytes, by file name. */
export function recordingFiles(dataDir: string): Map<string, Buffer> {
  const dir = path.join(dataDir, 'recordings');
  const files = new Map<string, Buffer>();
  for (const name of fs.existsSync(dir) ? fs.readdirSync(dir).sort() : []) {
    if (/\.(webm|mp4|ogg)$/.test(name)) files.set(name, fs.readFileSync(path.join(dir, name)));
  }
  return files;
}

export const byId = (attempts: readonly Attempt[]) => [...attempts].sort((a, b) => a.id.localeCompare(b.id));

/** The facility profile, suspensions and mock interviews a studio holds, to compare before and after. */
export async function practiceState(studio: Studio) {
  return {
    profile: await call(studio, 'profile:get'),
    suspended: [...(await call(studio, 'schedule:due', { timeZone: 'UTC' })).suspended].sort(),
    mockSessions: await call(studio, 'mock:list'),
  };
}
