import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from '@playwright/test';
import { signPath } from '#shared/contract/signed-path.js';
import type { BudgetCheck, Row, SectionResult } from '#tests/bench/report/types.js';
import { launchChromium } from '#tests/bench/support/chromium.js';
import { startBenchHost } from '#tests/bench/support/host.js';
import { MIC_WAV_SECONDS, longSpokenWav } from '#tests/bench/support/long-spoken-wav.js';
import { openQuestion, stopAndReview, UI_TIMEOUT_MS, waitForRecording } from '#tests/bench/support/practice-page.js';
import { cpuSecondsOf, processTree } from '#tests/bench/support/proc.js';
import { BLANK_PAGE, BLANK_READY_SELECTOR } from '#tests/bench/support/renderer-build.js';
import { ratio, round } from '#tests/bench/support/stats.js';
import type { SectionContext } from './context.js';

const BARE_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'support', 'bare');
/** The app's MediaRecorder timeslice (renderer/src/recording/recordingSession.ts). */
const TIMESLICE_MS = 1000;
/** Let a screen's start-up work finish before its steady state is measured. */
const SETTLE_MS = 3000;

interface Case {
  name: string;
  floorName: string;
  budget: number;
  ours: number;
  floor: number;
}

/**
 * CPU while practicing: the CPU time (user + system, from /proc/<pid>/stat) of every process the
 * bench started (Chromium's whole process tree and the browser host), over the same stretch of
 * time, for four things a person does, each beside a bare page on the same host doing only the
 * minimum. Reported as CPU-seconds per minute. BENCH_CPU_SECONDS sets the stretch (default 60;
 * --quick 10).
 */
export async function benchCpu(ctx: SectionContext): Promise<SectionResult> {
  const started = performance.now();
  const seconds = Number(process.env.BENCH_CPU_SECONDS ?? (ctx.quick ? 10 : 60));
  if (!(seconds > 0)) throw new Error('BENCH_CPU_SECONDS must be a positive number');
  const rendererDir = ctx.renderer().dir;
  for (const name of fs.readdirSync(BARE_DIR)) fs.copyFileSync(path.join(BARE_DIR, name), path.join(rendererDir, name));
  const host = await startBenchHost(ctx.cleanup, rendererDir, { thinkSeconds: 0, autoStartRecording: false, speakPrompts: false });
  const browser = await launchChromium(ctx.cleanup, { micWav: longSpokenWav(MIC_WAV_SECONDS) });
  const { questions } = await host.call<{ questions: { id: string }[] }>('library:get');
  const measure = async (what: string) => {
    ctx.log(`cpu: ${what}, ${seconds} s`);
    return cpuPerMinute(seconds);
  };
  const pageUrl = (file: string, extra: Record<string, string> = {}) =>
    `${host.origin}/${file}?${new URLSearchParams({ token: host.token, ...extra }).toString()}`;

  // A blank page: the floor for sitting on the question list and for the think-time countdown.
  const blankFloor = await onPage(browser, async (page) => {
    await page.goto(pageUrl(BLANK_PAGE), { timeout: UI_TIMEOUT_MS });
    await page.locator(BLANK_READY_SELECTOR).waitFor({ timeout: UI_TIMEOUT_MS });
    await page.waitForTimeout(SETTLE_MS);
    return measure('blank page');
  });

  const idle = await onPage(browser, async (page) => {
    await page.goto(host.url, { timeout: UI_TIMEOUT_MS });
    await page.getByRole('heading', { name: 'Practice questions' }).waitFor({ timeout: UI_TIMEOUT_MS });
    await page.waitForTimeout(SETTLE_MS);
    return measure('idle on the question list');
  });

  await host.call('settings:set', { thinkSeconds: Math.min(600, Math.ceil(seconds) + 60) });
  const countdown = await onPage(browser, async (page) => {
    await page.goto(host.url, { timeout: UI_TIMEOUT_MS });
    await openQuestion(page, 0);
    await page.waitForTimeout(SETTLE_MS);
    return measure('think-time countdown');
  });
  await host.call('settings:set', { thinkSeconds: 0 });

  // Recording, then replaying the same take: it is a few seconds longer than the stretch measured.
  let recordingId = '';
  const [recording, replay] = await onPage(browser, async (page) => {
    await page.goto(host.url, { timeout: UI_TIMEOUT_MS });
    await openQuestion(page, 1);
    await page.getByRole('button', { name: 'Record my answer' }).click({ timeout: UI_TIMEOUT_MS });
    await waitForRecording(page);
    await page.waitForTimeout(SETTLE_MS);
    const whileRecording = await measure('recording with the level meter and peaks');
    await stopAndReview(page);
    // The review measures the take once (pace, pauses, pitch): that is not replay, so it is let finish.
    await page.waitForTimeout(SETTLE_MS * 2);
    const play = page.getByRole('button', { name: 'Play', exact: true });
    await play.click({ timeout: UI_TIMEOUT_MS });
    await page.getByRole('button', { name: 'Pause', exact: true }).waitFor({ timeout: UI_TIMEOUT_MS });
    const whilePlaying = await measure('replay in the review');
    const attempts = await host.call<{ id: string; questionId: string }[]>('attempts:list', {});
    recordingId = attempts.find((a) => a.questionId === questions[1]!.id)!.id;
    return [whileRecording, whilePlaying];
  });

  const bareRecording = await onPage(browser, async (page) => {
    await page.goto(pageUrl('bench-bare-recorder.html', { question: questions[2]!.id, timeslice: String(TIMESLICE_MS) }), {
      timeout: UI_TIMEOUT_MS,
    });
    await page.locator('body[data-state="recording"]').waitFor({ timeout: UI_TIMEOUT_MS });
    await page.waitForTimeout(SETTLE_MS);
    const cpu = await measure('bare getUserMedia + MediaRecorder');
    await page.evaluate(() => (window as unknown as { benchStop(): Promise<void> }).benchStop());
    return cpu;
  });

  const bareReplay = await onPage(browser, async (page) => {
    await page.goto(pageUrl('bench-bare-audio.html', { src: signPath(host.token, `/media/${recordingId}`) }), { timeout: UI_TIMEOUT_MS });
    await page.locator('body[data-state="playing"]').waitFor({ timeout: UI_TIMEOUT_MS });
    return measure('bare <audio>');
  });

  const cases: Case[] = [
    {
      name: 'recording with the level meter and peaks',
      floorName: 'bare MediaRecorder',
      budget: 1.5,
      ours: recording,
      floor: bareRecording,
    },
    { name: 'replay', floorName: 'bare <audio>', budget: 1.5, ours: replay, floor: bareReplay },
    { name: 'idle on the question list', floorName: 'blank page', budget: 1.2, ours: idle, floor: blankFloor },
    { name: 'think-time countdown', floorName: 'blank page', budget: 1.5, ours: countdown, floor: blankFloor },
  ];
  const rows: Row[] = cases.map((c) => ({
    name: `${c.name} (${seconds} s)`,
    value: round(c.ours, 2),
    unit: 'CPU-s/min',
    reference: round(c.floor, 2),
    referenceName: c.floorName,
    ratio: ratio(c.ours, c.floor),
  }));
  const budgets: BudgetCheck[] = cases.map((c) => {
    const r = ratio(c.ours, c.floor);
    return {
      budget: `${c.name} ≤ ${c.budget}× ${c.floorName}`,
      met: r === null ? null : r <= c.budget,
      actual: `${round(c.ours, 2)} vs ${round(c.floor, 2)} CPU-s/min (${r === null ? '?' : round(r, 2)}×)`,
    };
  });
  const notes = [
    'CPU-seconds per minute of the whole Chromium process tree (browser, renderer, GPU, audio and network services) and the browser host, summed from /proc/<pid>/stat; one page open at a time, each after 3 s to settle.',
    'The fake microphone speaks a long answer, then silence; both recorders hear the same.',
  ];
  if (seconds !== 60) notes.push(`Each stretch is ${seconds} s (BENCH_CPU_SECONDS or --quick), not 60 s.`);
  return {
    id: 'cpu',
    title: 'CPU while practicing',
    rows,
    budgets,
    notes,
    details: { seconds, cases },
    elapsedMs: performance.now() - started,
  };
}

/** A fresh context and page for one case, closed after it so it burns nothing during the next. */
async function onPage<T>(browser: Browser, run: (page: Page) => Promise<T>): Promise<T> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  try {
    return await run(await context.newPage());
  } finally {
    await context.close();
  }
}

/** CPU-seconds per minute used by every process this bench started, over the next `seconds`. */
async function cpuPerMinute(seconds: number): Promise<number> {
  const mine = () => processTree(process.pid).filter((pid) => pid !== process.pid);
  const before = new Map(mine().map((pid) => [pid, cpuSecondsOf(pid)]));
  await new Promise((resolve) => setTimeout(resolve, seconds * 1000));
  let used = 0;
  for (const pid of mine()) used += cpuSecondsOf(pid) - (before.get(pid) ?? 0);
  return (used / seconds) * 60;
}
