import fs from 'node:fs';
import path from 'node:path';
import { loadContentDir } from '#electron/services/library/library.js';
import type { Attempt, Review } from '#shared/schemas/attempt.js';
import { repoRoot } from '#tests/support/browser-host-process.js';
import type { SectionResult } from '#tests/bench/report/types.js';
import type { Cleanup } from '#tests/bench/support/cleanup.js';
import { tempDir } from '#tests/bench/support/temp.js';
import type { SectionContext } from '#tests/bench/sections/context.js';
import { makeHistory, writeJournal } from './history.js';
import { reportStorage } from './storage-report.js';
import { naiveSaveReview, naiveStart, seedNaiveStore } from './naive-store.js';
import { call, findSummary, openBenchStudio, openStoreOnly, type SummaryCall } from './studio-store.js';

const SIZES = [100, 1_000, 10_000];
/** The naive store rewrites megabytes per save at 10,000 attempts: stop its saves after this long (but not before MIN_NAIVE_SAVES). */
const NAIVE_SAVE_TIME_CAP_MS = 20_000;
const MIN_NAIVE_SAVES = 20;

export interface SizeResult {
  attempts: number;
  /** Whole composition root (what the host does before its first answer) + settings:get + the summary. */
  appStartMs: number[];
  /** Attempt store + settings + per-question counts: like for like with the naive store. */
  storeStartMs: number[];
  naiveStartMs: number[];
  saveMs: number[];
  naiveSaveMs: number[];
  journalBytes: number;
  naiveFileBytes: number;
}

/**
 * Storage at scale: start and review-save latency with 100, 1,000 and 10,000 attempts, for the
 * app's journal store and for the naive electron-store design on the same history, in this process
 * (the services are plain Node modules; no HTTP, no browser).
 */
export async function benchStorage(ctx: SectionContext): Promise<SectionResult> {
  const started = performance.now();
  const startRuns = ctx.quick ? 3 : 7;
  const saves = ctx.quick ? 40 : 200;
  const content = await loadContentDir(path.join(repoRoot, 'content'));
  if (!content.ok) throw new Error('the built-in content does not load');
  const library = content.library;

  const results: SizeResult[] = [];
  let summaryVia = '';
  for (const size of SIZES) {
    ctx.log(`storage: ${size.toLocaleString('en-US')} attempts`);
    const history = makeHistory(library, size);
    const { ours, naive } = seed(ctx.cleanup, history);
    const summary = await firstStart(ours);
    summaryVia = summary.via;
    const result: SizeResult = {
      attempts: size,
      appStartMs: [],
      storeStartMs: [],
      naiveStartMs: [],
      saveMs: [],
      naiveSaveMs: [],
      journalBytes: fileSize(path.join(ours, 'attempts', 'attempts.jsonl')),
      naiveFileBytes: fileSize(path.join(naive, 'config.json')),
    };
    // One untimed pass of each warms the JIT and the page cache, as a second launch would find them.
    await timeAppStart(ours, summary);
    naiveStart(naive);
    for (let i = 0; i < startRuns; i++) {
      result.appStartMs.push(await timeAppStart(ours, summary));
      result.storeStartMs.push(await timeStoreStart(ours));
      result.naiveStartMs.push(timeNaiveStart(naive));
    }
    const targets = Array.from({ length: saves }, (_, i) => (i * 7919) % size);
    result.saveMs = await timeSaves(ours, history, targets);
    result.naiveSaveMs = timeNaiveSaves(naive, targets);
    results.push(result);
  }
  return { ...reportStorage(results, summaryVia), elapsedMs: performance.now() - started };
}

function seed(cleanup: Cleanup, history: Attempt[]): { ours: string; naive: string } {
  const ours = tempDir(cleanup, `store-${history.length}`);
  writeJournal(ours, history);
  const naive = tempDir(cleanup, `naive-${history.length}`);
  seedNaiveStore(naive, history);
  return { ours, naive };
}

/** The first start writes the settings file and whatever else a first launch writes; it is not timed. */
async function firstStart(dataDir: string): Promise<SummaryCall> {
  const studio = await openBenchStudio(dataDir);
  try {
    await call(studio, 'settings:set', { micCheckDone: true });
    return await findSummary(studio);
  } finally {
    await studio.close();
  }
}

async function timeAppStart(dataDir: string, summary: SummaryCall): Promise<number> {
  const t0 = performance.now();
  const studio = await openBenchStudio(dataDir);
  try {
    await call(studio, 'settings:get');
    await summary.run(studio);
    return performance.now() - t0;
  } finally {
    await studio.close();
  }
}

async function timeStoreStart(dataDir: string): Promise<number> {
  const t0 = performance.now();
  const store = await openStoreOnly(dataDir);
  const ms = performance.now() - t0;
  await store.close();
  return ms;
}

function timeNaiveStart(dir: string): number {
  const t0 = performance.now();
  naiveStart(dir);
  return performance.now() - t0;
}

const reviewNumber = (i: number): Review => ({
  marks: {},
  criterionNotes: {},
  rating: 1 + (i % 5),
  nextTime: `Save ${i}: open with the result, then the story.`,
});

/** Each save through the dispatcher, as the host or IPC handles attempts:review (parse, append + fdatasync, answer). */
async function timeSaves(dataDir: string, history: Attempt[], targets: number[]): Promise<number[]> {
  const studio = await openBenchStudio(dataDir);
  try {
    const times: number[] = [];
    for (const [i, index] of targets.entries()) {
      const t0 = performance.now();
      await call(studio, 'attempts:review', { attemptId: history[index]!.id, review: reviewNumber(i) });
      times.push(performance.now() - t0);
    }
    return times;
  } finally {
    await studio.close();
  }
}

function timeNaiveSaves(dir: string, targets: number[]): number[] {
  const { store, attempts } = naiveStart(dir);
  const times: number[] = [];
  const began = performance.now();
  for (const [i, index] of targets.entries()) {
    if (i >= MIN_NAIVE_SAVES && performance.now() - began > NAIVE_SAVE_TIME_CAP_MS) break;
    const t0 = performance.now();
    naiveSaveReview(store, attempts, index, reviewNumber(i), new Date().toISOString());
    times.push(performance.now() - t0);
  }
  return times;
}

const fileSize = (file: string) => fs.statSync(file).size;
