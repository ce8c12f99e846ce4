import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { PIECE_BYTES, PIECES_IN_FLIGHT } from '#renderer/imports/sendPieces.js';
import type { BudgetCheck, Row, SectionResult } from '#tests/bench/report/types.js';
import { startBenchHost } from '#tests/bench/support/host.js';
import { ratio, round } from '#tests/bench/support/stats.js';
import { stubRendererDir } from '#tests/bench/support/stub-renderer.js';
import { tempDir } from '#tests/bench/support/temp.js';
import type { SectionContext } from '#tests/bench/sections/context.js';
import { seedYear } from './seed.js';
import { MB, POLL_MS, type Timed } from './timed.js';
import { cancelExportHalfWay, exportAll } from './year-export.js';
import { cancelImportHalfWay, importArchive } from './year-import.js';

const THROUGHPUT_BUDGET = 0.7;
const RSS_GROWTH_BUDGET_MB = 150;
const PROGRESS_GAP_BUDGET_MS = 1000;
const TAKE_SECONDS = 60;

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
  const seedMs = await seedYear(seeded, takes, TAKE_SECONDS);
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
