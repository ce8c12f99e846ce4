import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { openStudioInNode } from '#electron/core/open-studio-in-node.js';
import { encodeRequestBody } from '#shared/contract/wire.js';
import { PIECE_BYTES, PIECES_IN_FLIGHT, sendPieces } from '#renderer/imports/sendPieces.js';
import type { BudgetCheck, Row, SectionResult } from '#tests/bench/report/types.js';
import { startBenchHost, type BenchHost } from '#tests/bench/support/host.js';
import { sampleMemory } from '#tests/bench/support/proc.js';
import { ratio, round } from '#tests/bench/support/stats.js';
import { stubRendererDir } from '#tests/bench/support/stub-renderer.js';
import { tempDir } from '#tests/bench/support/temp.js';
import { loadChunks } from '#tests/electron/services/recordings/support.js';
import { asChunks, longWebm } from '#tests/support/long-webm.js';
import type { SectionContext } from './context.js';

const THROUGHPUT_BUDGET = 0.7;
const RSS_GROWTH_BUDGET_MB = 150;
const PROGRESS_GAP_BUDGET_MS = 1000;
const TAKE_SECONDS = 60;
/** How often the bench asks for progress, as the page polls (every 250 ms) but finer. */
const POLL_MS = 50;
const MB = 2 ** 20;

interface Timed {
  ms: number;
  bytes: number;
  /** The longest time without news of progress, from the start until done. */
  longestSilenceMs: number;
  rss: { before: number; peak: number; growth: number };
}

/**
 * A year of recordings: 1,000 takes of about 60 s (BENCH_YEAR_TAKES), recorded through the contract
 * with the services in Node from one real MediaRecorder recording, then served by the browser host
 * in its own process. Times exporting everything against `zip -0 -r` of the same files, and
 * importing that archive into an empty folder (uploaded in pieces, checked, applied, as the page
 * does) against `unzip`, with the host's resident memory sampled from /proc throughout, and the
 * longest wait between two progress reports. Then cancels an export and an import half-way.
 */
export async function benchYear(ctx: SectionContext): Promise<SectionResult> {
  const started = performance.now();
  const takes = Number(process.env.BENCH_YEAR_TAKES ?? (ctx.quick ? 50 : 1000));
  if (!Number.isInteger(takes) || takes < 1) throw new Error('BENCH_YEAR_TAKES must be a whole number of takes');
  for (const tool of ['zip', 'unzip']) {
    if (spawnSync(tool, ['-v'], { stdio: 'ignore' }).error) throw new Error(`${tool} is not installed (apt-get install -y zip unzip)`);
  }

  const seeded = tempDir(ctx.cleanup, 'year-seed');
  ctx.log(`year: recording ${takes} takes of ${TAKE_SECONDS} s through the contract`);
  const seedMs = await seed(seeded, takes);
  const stub = stubRendererDir(ctx.cleanup);
  const moveIn = (dataDir: string) => {
    for (const name of fs.readdirSync(seeded)) fs.renameSync(path.join(seeded, name), path.join(dataDir, name));
  };
  const host = await startBenchHost(ctx.cleanup, stub, {}, moveIn);
  const recordingsDir = path.join(host.dataDir, 'recordings');
  const recordingsBytes = folderBytes(recordingsDir);

  // The floor first: the files are as warm in the page cache for it as for the export after it.
  const scratch = tempDir(ctx.cleanup, 'year-cli');
  ctx.log('year: zip -0 -r');
  const zipMs = timeCommand('zip', ['-0', '-r', '-q', path.join(scratch, 'cli.zip'), 'recordings'], host.dataDir);
  // Ours flushes the archive to the disk before calling it done; zip leaves it in the page cache.
  const zipSyncMs = zipMs + timeCommand('sync', [path.join(scratch, 'cli.zip')], scratch);
  ctx.log('year: export everything');
  const exported = await exportAll(host);
  const archive = exported.file;
  ctx.log('year: unzip');
  const unzipMs = timeCommand('unzip', ['-q', archive, '-d', path.join(scratch, 'unzipped')], scratch);
  fs.rmSync(path.join(scratch, 'unzipped'), { recursive: true, force: true });
  fs.rmSync(path.join(scratch, 'cli.zip'), { force: true });

  const empty = await startBenchHost(ctx.cleanup, stub, {});
  ctx.log('year: import into an empty folder');
  const imported = await importArchive(empty, archive);
  const importedBytes = folderBytes(path.join(empty.dataDir, 'recordings'));

  ctx.log('year: cancel half-way');
  const exportCancel = await cancelExportHalfWay(host);
  const importCancel = await cancelImportHalfWay(empty, archive);

  const mbps = (bytes: number, ms: number) => round(bytes / MB / (ms / 1000));
  const exportRate = mbps(exported.timed.bytes, exported.timed.ms);
  const zipRate = mbps(recordingsBytes, zipMs);
  const importRate = mbps(imported.bytes, imported.ms);
  const unzipRate = mbps(exported.timed.bytes, unzipMs);
  const exportVsCli = ratio(exportRate, zipRate);
  const importVsCli = ratio(importRate, unzipRate);
  const growthMb = (t: Timed) => round(t.rss.growth / MB);

  const rows: Row[] = [
    {
      name: `takes recorded through the contract`,
      value: takes,
      unit: 'takes',
      note: `${round(recordingsBytes / MB)} MiB of audio, ${round(seedMs / 1000)} s to record`,
    },
    {
      name: 'export everything',
      value: round(exported.timed.ms),
      unit: 'ms',
      reference: round(zipMs),
      referenceName: 'zip -0 -r',
      ratio: ratio(exported.timed.ms, zipMs),
    },
    { name: '  throughput', value: exportRate, unit: 'MiB/s', reference: zipRate, referenceName: 'zip -0 -r', ratio: exportVsCli },
    {
      name: '  beside zip -0 -r with its archive flushed (sync FILE)',
      value: round(exported.timed.ms),
      unit: 'ms',
      reference: round(zipSyncMs),
      referenceName: 'zip + sync',
      ratio: ratio(exported.timed.ms, zipSyncMs),
      note: 'ours flushes before done',
    },
    {
      name: '  longest wait between progress reports',
      value: round(exported.timed.longestSilenceMs),
      unit: 'ms',
      note: `polled every ${POLL_MS} ms`,
    },
    {
      name: '  host RSS growth (peak − before)',
      value: growthMb(exported.timed),
      unit: 'MiB',
      note: `${round(exported.timed.rss.before / MB)} → ${round(exported.timed.rss.peak / MB)} MiB`,
    },
    {
      name: 'import into an empty folder (upload, check, apply)',
      value: round(imported.ms),
      unit: 'ms',
      reference: round(unzipMs),
      referenceName: 'unzip',
      ratio: ratio(imported.ms, unzipMs),
    },
    { name: '  throughput', value: importRate, unit: 'MiB/s', reference: unzipRate, referenceName: 'unzip', ratio: importVsCli },
    {
      name: `  upload (imports:append, ${PIECE_BYTES / MB} MiB binary pieces over HTTP, ${PIECES_IN_FLIGHT} in flight)`,
      value: round(imported.uploadMs),
      unit: 'ms',
    },
    { name: '  check (imports:finish)', value: round(imported.checkMs), unit: 'ms', note: 'imports:status polled meanwhile' },
    { name: '  apply (imports:apply)', value: round(imported.applyMs), unit: 'ms', note: 'imports:status polled meanwhile' },
    {
      name: '  longest wait between progress reports',
      value: round(imported.longestSilenceMs),
      unit: 'ms',
      note: `upload ${round(imported.silences.upload, 0)}, check ${round(imported.silences.check, 0)}, apply ${round(imported.silences.apply, 0)} ms`,
    },
    {
      name: '  host RSS growth (peak − before)',
      value: growthMb(imported),
      unit: 'MiB',
      note: `${round(imported.rss.before / MB)} → ${round(imported.rss.peak / MB)} MiB`,
    },
    {
      name: '  recordings imported',
      value: round(importedBytes / MB),
      unit: 'MiB',
      reference: round(recordingsBytes / MB),
      referenceName: 'exported',
    },
    { name: 'export cancelled half-way: cancel → stopped', value: exportCancel.ms, unit: 'ms', note: exportCancel.note },
    { name: 'import cancelled half-way: cancel → answered', value: importCancel.ms, unit: 'ms', note: importCancel.note },
  ];
  const budgets: BudgetCheck[] = [
    {
      budget: `export ≥ ${THROUGHPUT_BUDGET}× the throughput of zip -0 -r`,
      met: exportVsCli === null ? null : exportVsCli >= THROUGHPUT_BUDGET,
      actual: `${exportRate} vs ${zipRate} MiB/s (${exportVsCli === null ? '?' : round(exportVsCli, 2)}×)`,
    },
    {
      budget: `import ≥ ${THROUGHPUT_BUDGET}× the throughput of unzip`,
      met: importVsCli === null ? null : importVsCli >= THROUGHPUT_BUDGET,
      actual: `${importRate} vs ${unzipRate} MiB/s (${importVsCli === null ? '?' : round(importVsCli, 2)}×)`,
    },
    {
      budget: `host RSS growth ≤ ${RSS_GROWTH_BUDGET_MB} MB during export and import`,
      met: Math.max(growthMb(exported.timed), growthMb(imported)) <= RSS_GROWTH_BUDGET_MB,
      actual: `export ${growthMb(exported.timed)} MiB, import ${growthMb(imported)} MiB`,
    },
    {
      budget: `progress at least every ${PROGRESS_GAP_BUDGET_MS / 1000} s`,
      met: Math.max(exported.timed.longestSilenceMs, imported.longestSilenceMs) <= PROGRESS_GAP_BUDGET_MS,
      actual: `longest wait: export ${round(exported.timed.longestSilenceMs, 0)} ms, import ${round(imported.longestSilenceMs, 0)} ms`,
    },
    {
      budget: 'cancel works half-way (export and import), nothing partial left',
      met: exportCancel.ok && importCancel.ok,
      actual: `export: ${exportCancel.note}; import: ${importCancel.note}`,
    },
  ];
  const notes = [
    `Each take is the ${TAKE_SECONDS} s made of the 4 s fixture recording's real opus clusters (tests/support/long-webm.ts), recorded through recordings:begin/append/finish with the services in Node (electron/core/open-studio-in-node.ts).`,
    'Throughput counts the bytes of the recordings for the CLI tools and the whole archive for ours; the import includes uploading the archive to the host, which the CLI does not need.',
    `Memory is the host process's VmRSS sampled every 50 ms (and VmHWM), from just before the operation.`,
  ];
  if (takes !== 1000) notes.push(`${takes} takes (BENCH_YEAR_TAKES or --quick), not 1,000.`);
  return {
    id: 'year',
    title: 'A year of recordings: export and import',
    rows,
    budgets,
    notes,
    details: { takes, recordingsBytes, zipMs, zipSyncMs, unzipMs, exported: exported.timed, imported, exportCancel, importCancel },
    elapsedMs: performance.now() - started,
  };
}

async function seed(dataDir: string, takes: number): Promise<number> {
  const started = performance.now();
  const chunks = asChunks(longWebm((await loadChunks('webm')).chunks, TAKE_SECONDS), 256 * 1024);
  const studio = await openStudioInNode({ dataDir, log: () => undefined });
  try {
    const call = async <T>(channel: string, request?: unknown): Promise<T> => {
      const result = await studio.dispatch(channel, request);
      if (!result.ok) throw new Error(`${channel}: ${result.error.message}`);
      return result.value as T;
    };
    await call('settings:set', { micCheckDone: true });
    const { questions } = await call<{ questions: { id: string }[] }>('library:get');
    for (let i = 0; i < takes; i++) {
      const { recordingId } = await call<{ recordingId: string }>('recordings:begin', {
        questionId: questions[i % questions.length]!.id,
        mimeType: 'audio/webm;codecs=opus',
      });
      for (const [seq, bytes] of chunks.entries()) await call('recordings:append', { recordingId, seq, bytes });
      await call('recordings:finish', { recordingId });
    }
  } finally {
    await studio.close();
  }
  return performance.now() - started;
}

async function exportAll(host: BenchHost): Promise<{ file: string; timed: Timed }> {
  const memory = sampleMemory(host.pid);
  const t0 = performance.now();
  const { jobId, fileName } = await host.call<{ jobId: string; fileName: string }>('exports:start', { scope: {} });
  let lastNews = t0;
  let lastDone = '';
  let longestSilenceMs = 0;
  for (;;) {
    const status = await host.call<{
      state: string;
      doneBytes: number;
      totalBytes: number;
      attemptCount: number;
      error?: { message: string } | null;
    }>('exports:status', { jobId });
    const now = performance.now();
    // While it gathers (totalBytes 0), the answers gathered so far are the news.
    const done = `${status.doneBytes} ${status.attemptCount}`;
    if (done !== lastDone || status.state !== 'running') {
      longestSilenceMs = Math.max(longestSilenceMs, now - lastNews);
      lastNews = now;
      lastDone = done;
    }
    if (status.state === 'done') {
      const ms = now - t0;
      const file = path.join(host.dataDir, 'exports', fileName);
      return { file, timed: { ms, bytes: fs.statSync(file).size, longestSilenceMs, rss: memory.stop() } };
    }
    if (status.state !== 'running') throw new Error(`the export ended ${status.state}: ${status.error?.message ?? ''}`);
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
}

async function importArchive(
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
  await watchProgress(host, importId, callLong(host, 'imports:finish', { importId }), news);
  news();
  const t2 = performance.now();
  step = 'apply';
  await watchProgress(host, importId, callLong(host, 'imports:apply', { importId, conflicts: 'keep_newer' }), news);
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
    const append = (seq: number, bytes: Uint8Array) => appendBinary(host, { importId, seq, bytes });
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

/** A call that may take longer than host.call's 30 s on a busy machine (the check and the apply of a year; the page has no limit). */
async function callLong(host: BenchHost, channel: string, request: unknown): Promise<unknown> {
  const response = await fetch(`${host.origin}/api/${channel}`, {
    method: 'POST',
    headers: { 'X-Studio-Token': host.token, 'Content-Type': 'application/json' },
    body: JSON.stringify(request),
    signal: AbortSignal.timeout(600_000),
  });
  const result = (await response.json()) as { ok: boolean; value?: unknown; error?: { message: string } };
  if (!result.ok) throw new Error(`${channel}: ${result.error?.message ?? ''}`);
  return result.value;
}

/** One piece as the page's bridge sends it: a binary body (shared/contract/wire.ts), not base64 in JSON. */
async function appendBinary(host: BenchHost, request: { importId: string; seq: number; bytes: Uint8Array }): Promise<void> {
  const { contentType, body } = encodeRequestBody(request);
  const response = await fetch(`${host.origin}/api/imports:append`, {
    method: 'POST',
    headers: { 'X-Studio-Token': host.token, 'Content-Type': contentType },
    body: body as BodyInit,
    signal: AbortSignal.timeout(30_000),
  });
  const result = (await response.json()) as { ok: boolean; error?: { message: string } };
  if (!result.ok) throw new Error(`imports:append: ${result.error?.message ?? ''}`);
}

async function cancelExportHalfWay(host: BenchHost): Promise<{ ok: boolean; ms: number | null; note: string }> {
  const { jobId } = await host.call<{ jobId: string }>('exports:start', { scope: {} });
  let status = await host.call<{ state: string; doneBytes: number; totalBytes: number }>('exports:status', { jobId });
  // totalBytes is 0 until the contents are gathered: half-way means half of the bytes once they are known.
  while (status.state === 'running' && (status.totalBytes === 0 || status.doneBytes < status.totalBytes / 2)) {
    await new Promise((resolve) => setTimeout(resolve, 10));
    status = await host.call('exports:status', { jobId });
  }
  if (status.state !== 'running') return { ok: false, ms: null, note: `it was ${status.state} before half-way` };
  const at = round((status.doneBytes / status.totalBytes) * 100, 0);
  const t0 = performance.now();
  const { cancelled } = await host.call<{ cancelled: boolean }>('exports:cancel', { jobId });
  while (status.state === 'running') status = await host.call('exports:status', { jobId });
  const ms = round(performance.now() - t0);
  const left = fs.readdirSync(path.join(host.dataDir, 'exports')).filter((name) => name.endsWith('.part'));
  const ok = cancelled && status.state === 'cancelled' && left.length === 0;
  return { ok, ms, note: `${status.state} at ${at}%, ${left.length} partial files left` };
}

async function cancelImportHalfWay(host: BenchHost, archive: string): Promise<{ ok: boolean; ms: number | null; note: string }> {
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

function timeCommand(command: string, args: string[], cwd: string): number {
  const t0 = performance.now();
  const result = spawnSync(command, args, { cwd, stdio: ['ignore', 'ignore', 'pipe'] });
  if (result.status !== 0) throw new Error(`${command} failed: ${result.stderr?.toString() ?? ''}`);
  return performance.now() - t0;
}

function folderBytes(dir: string): number {
  let total = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) total += fs.statSync(path.join(entry.parentPath, entry.name)).size;
  }
  return total;
}
