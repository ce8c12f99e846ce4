import fs from 'node:fs';
import path from 'node:path';
import { PIECE_BYTES, sendPieces } from '#renderer/imports/sendPieces.js';
import type { BenchHost } from '#tests/bench/support/host.js';
import { sampleMemory } from '#tests/bench/support/proc.js';
import { round } from '#tests/bench/support/stats.js';
import { MB, POLL_MS, type Timed } from './timed.js';

/** The check and the apply of a year can outlast host.call's 30 s on a busy machine; the page sets no limit. */
const LONG_CALL = { timeoutMs: 600_000 };

/** Imports `archive` into the host's folder as the page does: uploaded in pieces, checked, applied, with imports:status polled throughout. */
export async function importArchive(
  host: BenchHost,
  archive: string,
): Promise<Timed & { uploadMs: number; checkMs: number; applyMs: number; silences: Record<'upload' | 'check' | 'apply', number> }> {
  const bytes = fs.statSync(archive).size;
  const memory = sampleMemory(host.pid);
  const t0 = performance.now();
  let longestSilenceMs = 0;
  let lastNews = t0;
  /** Each step's longest wait, to say where the longest one was. */
  const silences = { upload: 0, check: 0, apply: 0 };
  let step: keyof typeof silences = 'upload';
  const news = () => {
    const now = performance.now();
    longestSilenceMs = Math.max(longestSilenceMs, now - lastNews);
    silences[step] = Math.max(silences[step], now - lastNews);
    lastNews = now;
  };
  const { importId } = await host.call<{ importId: string }>('imports:begin', { totalBytes: bytes, pieceBytes: PIECE_BYTES });
  await upload(host, importId, archive, news);
  const t1 = performance.now();
  step = 'check';
  await watchProgress(host, importId, host.call('imports:finish', { importId }, LONG_CALL), news);
  news();
  const t2 = performance.now();
  step = 'apply';
  await watchProgress(host, importId, host.call('imports:apply', { importId, conflicts: 'keep_newer' }, LONG_CALL), news);
  news();
  const t3 = performance.now();
  return { ms: t3 - t0, bytes, longestSilenceMs, silences, rss: memory.stop(), uploadMs: t1 - t0, checkMs: t2 - t1, applyMs: t3 - t2 };
}

/** The archive in pieces, as the page sends a chosen file (its own sendPieces); `onPiece` after each one is acknowledged. */
async function upload(host: BenchHost, importId: string, archive: string, onPiece: (sentBytes: number) => void, signal?: AbortSignal) {
  const handle = await fs.promises.open(archive, 'r');
  try {
    // Read with plain reads, as the bench did before: Node's file-backed Blob reads each slice through a stream,
    // which here cost more than the upload itself (the page's Blob is Chromium's).
    const { size } = await handle.stat();
    const file = {
      size,
      slice: (start: number, end: number) => ({
        arrayBuffer: async () => {
          const piece = new Uint8Array(Math.min(end, size) - start);
          await handle.read(piece, 0, piece.byteLength, start);
          return piece.buffer;
        },
      }),
    };
    // host.call sends bytes as the page's bridge does: a binary body (shared/contract/wire.ts), not base64 in JSON.
    const append = (seq: number, bytes: Uint8Array) => host.call('imports:append', { importId, seq, bytes });
    await sendPieces(append, file, onPiece, signal ?? new AbortController().signal);
  } finally {
    await handle.close();
  }
}

/** Polls imports:status while `pending` runs, as the page does; `onNews` whenever the progress moved. */
async function watchProgress(host: BenchHost, importId: string, pending: Promise<unknown>, onNews: () => void): Promise<void> {
  let settled = false;
  const done = pending.finally(() => (settled = true));
  let last = '';
  while (!settled) {
    const status = await host.call<{ stage: string; done: number; bytesDone: number }>('imports:status', { importId }).catch(() => null); // gone: the call has just answered
    const now = status ? `${status.stage} ${status.done} ${status.bytesDone}` : last;
    if (now !== last) onNews();
    last = now;
    await Promise.race([done, new Promise((resolve) => setTimeout(resolve, POLL_MS))]);
  }
  await done;
}

/** Starts an import and cancels it once half its bytes are acknowledged: it must leave nothing behind. */
export async function cancelImportHalfWay(host: BenchHost, archive: string): Promise<{ ok: boolean; ms: number | null; note: string }> {
  const bytes = fs.statSync(archive).size;
  const { importId } = await host.call<{ importId: string }>('imports:begin', { totalBytes: bytes, pieceBytes: PIECE_BYTES });
  // Cancelled as the page's Cancel does: the signal aborts once half the bytes are acknowledged, with pieces still in flight.
  const controller = new AbortController();
  let acknowledged = 0;
  await upload(
    host,
    importId,
    archive,
    (sent) => {
      acknowledged = sent;
      if (sent >= bytes / 2) controller.abort(new Error('cancelled half-way'));
    },
    controller.signal,
  ).catch((error: unknown) => {
    if (!controller.signal.aborted) throw error;
  });
  const t0 = performance.now();
  const { cancelled } = await host.call<{ cancelled: boolean }>('imports:cancel', { importId });
  const ms = round(performance.now() - t0);
  const importsDir = path.join(host.dataDir, 'imports');
  const left = fs.existsSync(importsDir) ? fs.readdirSync(importsDir).length : 0;
  return {
    ok: cancelled && left === 0,
    ms,
    note: `${cancelled ? 'cancelled' : 'not cancelled'} after ${round(acknowledged / MB)} of ${round(bytes / MB)} MiB, ${left} files left`,
  };
}
