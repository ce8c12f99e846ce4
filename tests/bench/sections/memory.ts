import type { Page } from '@playwright/test';
import type { BudgetCheck, Row, SectionResult } from '#tests/bench/report/types.js';
import { domCounters, launchChromium, usedHeapAfterGc } from '#tests/bench/support/chromium.js';
import { startBenchHost } from '#tests/bench/support/host.js';
import { MIC_WAV_SECONDS, longSpokenWav } from '#tests/bench/support/long-spoken-wav.js';
import { installProbes, readProbes, resetReplayMarks, waitForReplayable, type ProbeReadings } from '#tests/bench/support/page-probes.js';
import { backToQuestions, openQuestion, stopAndReview, UI_TIMEOUT_MS, waitForRecording } from '#tests/bench/support/practice-page.js';
import { round } from '#tests/bench/support/stats.js';
import type { SectionContext } from './context.js';

const HEAP_GROWTH_BUDGET_MB = 10;
const WARM_UP_CYCLES = 2;
const TAKE_MS = 1_200;
const QUESTIONS_ROTATED = 5;

interface HeapSample {
  cycle: number;
  usedHeapBytes: number;
  nodes: number;
  listeners: number;
}

/**
 * Memory: the renderer's JS heap (after forced GC) and what stays open after many short
 * record-and-replay cycles through the real UI (open a question, record ~1 s, stop, play a
 * moment, back to the list). A leak shows as heap that grows with the cycles; a microphone
 * left open as a live track after stop.
 */
export async function benchMemory(ctx: SectionContext): Promise<SectionResult> {
  const started = performance.now();
  const cycles = ctx.quick ? 10 : 50;
  const host = await startBenchHost(ctx.cleanup, ctx.renderer().dir, { thinkSeconds: 0, autoStartRecording: true, speakPrompts: false });
  const browser = await launchChromium(ctx.cleanup, { micWav: longSpokenWav(MIC_WAV_SECONDS) });
  const context = ctx.cleanup.add(await browser.newContext({ viewport: { width: 1280, height: 860 } }), 'browser context', (c) =>
    c.close(),
  );
  const page = await context.newPage();
  await installProbes(page);
  await page.goto(host.url, { timeout: UI_TIMEOUT_MS });

  // Warm-up cycles load the code paths once, so the baseline is not "before anything ran".
  for (let i = 0; i < WARM_UP_CYCLES; i++) await cycle(page, i);
  const samples: HeapSample[] = [await sample(page, 0)];
  let maxLiveTracksAfterStop = 0;
  for (let i = 1; i <= cycles; i++) {
    if (i % 10 === 1) ctx.log(`memory: cycle ${i} of ${cycles}`);
    maxLiveTracksAfterStop = Math.max(maxLiveTracksAfterStop, await cycle(page, i));
    if (i % 10 === 0 || i === cycles) samples.push(await sample(page, i));
  }
  const end = await readProbes(page);

  const first = samples[0]!;
  const last = samples.at(-1)!;
  const growthMb = (last.usedHeapBytes - first.usedHeapBytes) / 2 ** 20;
  const mb = (bytes: number) => round(bytes / 2 ** 20, 2);
  const rows: Row[] = [
    { name: `JS heap after GC, after ${WARM_UP_CYCLES} warm-up cycles`, value: mb(first.usedHeapBytes), unit: 'MiB' },
    { name: `JS heap after GC, after ${cycles} more cycles`, value: mb(last.usedHeapBytes), unit: 'MiB' },
    { name: `heap growth over ${cycles} cycles`, value: round(growthMb, 2), unit: 'MiB', samples: cycles },
    { name: 'heap growth per cycle', value: round((growthMb * 1024) / cycles, 1), unit: 'KiB' },
    { name: 'DOM nodes (start → end)', value: last.nodes, unit: '', reference: first.nodes, referenceName: 'at start' },
    { name: 'event listeners (start → end)', value: last.listeners, unit: '', reference: first.listeners, referenceName: 'at start' },
    { name: 'live microphone tracks right after stop (max over cycles)', value: maxLiveTracksAfterStop, unit: '' },
    { name: 'live microphone tracks at the end', value: end.liveTracks, unit: '', note: `${end.tracksHandedOut} handed out` },
    { name: 'AudioContexts not closed at the end', value: end.openAudioContexts, unit: '', note: `${end.audioContextsMade} made` },
    { name: 'blob: URLs not revoked at the end', value: end.unrevokedBlobUrls, unit: '', note: `${end.blobUrlsMade} made` },
  ];
  const budgets: BudgetCheck[] = [
    {
      budget: `heap growth ≤ ${HEAP_GROWTH_BUDGET_MB} MB over ${cycles} cycles`,
      met: growthMb * 1.048576 <= HEAP_GROWTH_BUDGET_MB,
      actual: `${round(growthMb * 1.048576, 2)} MB`,
    },
    {
      budget: 'no live media track after stop',
      met: maxLiveTracksAfterStop === 0 && end.liveTracks === 0,
      actual: `max ${maxLiveTracksAfterStop} right after a stop, ${end.liveTracks} at the end`,
    },
  ];
  const notes = [
    `Each cycle: open one of ${QUESTIONS_ROTATED} questions (recording starts by itself), record ${TAKE_MS / 1000} s, Stop and review, wait until Play is enabled, play ~0.4 s, back to the list.`,
    'Heap = Runtime.getHeapUsage().usedSize after HeapProfiler.collectGarbage (twice), on the question list; DOM counters from Memory.getDOMCounters.',
    'Tracks, AudioContexts and blob: URLs are counted by wrapping getUserMedia, AudioContext and URL.createObjectURL/revokeObjectURL before the app loads (contexts held weakly).',
  ];
  if (ctx.quick) notes.push(`--quick: ${cycles} cycles, not 50.`);
  return {
    id: 'memory',
    title: `Memory: ${cycles} record-and-replay cycles`,
    rows,
    budgets,
    notes,
    details: { samples, end },
    elapsedMs: performance.now() - started,
  };
}

/** One record-and-replay cycle; returns the live microphone tracks counted once the take is replayable. */
async function cycle(page: Page, index: number): Promise<number> {
  await openQuestion(page, index % QUESTIONS_ROTATED);
  await waitForRecording(page);
  await page.waitForTimeout(TAKE_MS);
  await resetReplayMarks(page);
  await stopAndReview(page);
  await waitForReplayable(page, UI_TIMEOUT_MS);
  const afterStop: ProbeReadings = await readProbes(page);
  await page.getByRole('button', { name: 'Play', exact: true }).click({ timeout: UI_TIMEOUT_MS });
  await page.waitForTimeout(400);
  // A take this short may already have finished playing.
  const pause = page.getByRole('button', { name: 'Pause', exact: true });
  if (await pause.isVisible()) await pause.click({ timeout: UI_TIMEOUT_MS }).catch(() => undefined);
  await backToQuestions(page);
  return afterStop.liveTracks;
}

async function sample(page: Page, cycleNumber: number): Promise<HeapSample> {
  const usedHeapBytes = await usedHeapAfterGc(page);
  const counters = await domCounters(page);
  return { cycle: cycleNumber, usedHeapBytes, ...counters };
}
