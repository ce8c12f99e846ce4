import path from 'node:path';
import type { Browser, Page } from '@playwright/test';
import { loadContentDir } from '#electron/services/library/library.js';
import { repoRoot } from '#tests/support/browser-host-process.js';
import type { BudgetCheck, Row, SectionResult } from '#tests/bench/report/types.js';
import { launchChromium } from '#tests/bench/support/chromium.js';
import { startBenchHost } from '#tests/bench/support/host.js';
import { BLANK_PAGE, BLANK_READY_SELECTOR, bundleSizes } from '#tests/bench/support/renderer-build.js';
import { median, ratio, round } from '#tests/bench/support/stats.js';
import type { SectionContext } from './context.js';
import { makeHistory, writeJournal } from './storage/history.js';

const START_BUDGET_RATIO = 2;
/** Layout shift (the browser's score, summed) allowed from navigation until a while after React took over. */
const SHIFT_BUDGET = 0.001;
/** How long after hydration the shifts are still counted: main's answers (counts, checklist, due) land in it. */
const SETTLE_MS = 500;
/** The app's performance mark once React has taken over the page (renderer/src/app/first-screen.ts). */
const INTERACTIVE_MARK = 'interview-studio:interactive';
/** A long-time user's history, to see what the question list costs at scale (section "storage" has the service side). */
const LARGE_HISTORY = 10_000;
const READY_TIMEOUT_MS = 30_000;

interface ApiCall {
  channel: string;
  startMs: number;
  durationMs: number;
}

interface Sample {
  /** Node's clock: page.goto() called → Playwright's actionability check on the target passes. */
  wallMs: number;
  /** The page's clock: navigation start → the target painted (Element Timing). */
  pageMs: number;
  /** Contract calls the page made before it was ready, from Resource Timing. */
  apiCalls: ApiCall[];
  /** The page's clock: navigation start → React has taken over the page (hydrated); null for the blank page. */
  interactiveMs: number | null;
  /** Layout shift score summed from navigation until SETTLE_MS after that (0 = nothing moved); null for the blank page. */
  layoutShift: number | null;
}

/**
 * Start: how long from navigating to the app until the question list can be clicked, beside the
 * same navigation to a one-element page on the same server (the floor: connection, token check,
 * document, no app). Each sample is a new browser context, so nothing is reused but the browser.
 */
export async function benchStart(ctx: SectionContext): Promise<SectionResult> {
  const started = performance.now();
  const runs = ctx.quick ? 3 : 9;
  const build = ctx.renderer();
  const host = await startBenchHost(ctx.cleanup, build.dir, { speakPrompts: false });
  const browser = await launchChromium(ctx.cleanup);
  const appUrl = host.url;
  const blankUrl = `${host.origin}/${BLANK_PAGE}?token=${host.token}`;
  const content = await loadContentDir(path.join(repoRoot, 'content'));
  if (!content.ok) throw new Error('the built-in content does not load');
  const history = makeHistory(content.library, LARGE_HISTORY);
  const largeHost = await startBenchHost(ctx.cleanup, build.dir, { speakPrompts: false }, (dir) => writeJournal(dir, history));

  ctx.log(`start: 1 warm-up + ${runs} runs each of the app and the blank page`);
  await timeNavigation(browser, appUrl, '.question-row');
  await timeNavigation(browser, blankUrl, BLANK_READY_SELECTOR);
  const app: Sample[] = [];
  const blank: Sample[] = [];
  const large: Sample[] = [];
  for (let i = 0; i < runs; i++) {
    // Alternating the order spreads any drift in the machine's load over both equally.
    if (i % 2 === 0) {
      app.push(await timeNavigation(browser, appUrl, '.question-row'));
      blank.push(await timeNavigation(browser, blankUrl, BLANK_READY_SELECTOR));
    } else {
      blank.push(await timeNavigation(browser, blankUrl, BLANK_READY_SELECTOR));
      app.push(await timeNavigation(browser, appUrl, '.question-row'));
    }
  }
  ctx.log(`start: 1 warm-up + ${runs} runs with ${LARGE_HISTORY.toLocaleString('en-US')} attempts`);
  await timeNavigation(browser, largeHost.url, '.question-row');
  for (let i = 0; i < runs; i++) large.push(await timeNavigation(browser, largeHost.url, '.question-row'));

  const appWall = median(app.map((s) => s.wallMs));
  const blankWall = median(blank.map((s) => s.wallMs));
  const appPage = median(app.map((s) => s.pageMs));
  const blankPage = median(blank.map((s) => s.pageMs));
  const largePage = median(large.map((s) => s.pageMs));
  const appInteractive = median(app.map((s) => s.interactiveMs ?? Number.NaN));
  const appShift = Math.max(...app.map((s) => s.layoutShift ?? 0));
  const largeShift = Math.max(...large.map((s) => s.layoutShift ?? 0));
  const sizes = bundleSizes(build.dir);
  const kb = (bytes: number) => round(bytes / 1024, 1);
  const beside = (value: number, reference: number): Pick<Row, 'value' | 'reference' | 'referenceName' | 'ratio' | 'samples'> => ({
    value: round(value),
    reference: round(reference),
    referenceName: 'blank page',
    ratio: ratio(value, reference),
    samples: runs,
  });

  const rows: Row[] = [
    { name: 'navigation → first question on screen (median)', unit: 'ms', ...beside(appPage, blankPage) },
    { name: `  same, ${LARGE_HISTORY.toLocaleString('en-US')} attempts in the history`, unit: 'ms', ...beside(largePage, blankPage) },
    { name: 'goto → first question clickable, Playwright (median)', unit: 'ms', ...beside(appWall, blankWall) },
    { name: 'navigation → React has taken over (hydrated, median)', unit: 'ms', ...beside(appInteractive, blankPage) },
    { name: `layout shift until ${SETTLE_MS} ms after that (worst run)`, value: round(appShift, 4), unit: 'score' },
    { name: `  same, ${LARGE_HISTORY.toLocaleString('en-US')} attempts in the history`, value: round(largeShift, 4), unit: 'score' },
    ...slowestCallRows(app, 'empty history'),
    ...slowestCallRows(large, `${LARGE_HISTORY.toLocaleString('en-US')} attempts`),
    { name: `built JS (${sizes.js.files} file${sizes.js.files === 1 ? '' : 's'}), raw`, value: kb(sizes.js.raw), unit: 'KiB' },
    { name: 'built JS, gzip -9', value: kb(sizes.js.gzip), unit: 'KiB' },
    { name: `built CSS (${sizes.css.files} file${sizes.css.files === 1 ? '' : 's'}), raw`, value: kb(sizes.css.raw), unit: 'KiB' },
    { name: 'built CSS, gzip -9', value: kb(sizes.css.gzip), unit: 'KiB' },
  ];
  const startRatio = ratio(appPage, blankPage);
  const wallRatio = ratio(appWall, blankWall);
  const budgets: BudgetCheck[] = [
    {
      budget: `start ≤ ${START_BUDGET_RATIO}× the blank page`,
      met: startRatio === null ? null : startRatio <= START_BUDGET_RATIO,
      actual:
        startRatio === null
          ? 'not measured'
          : `${round(startRatio, 2)}×: ${round(appPage, 0)} ms vs ${round(blankPage, 0)} ms on the page clock; ` +
            `${wallRatio === null ? '?' : round(wallRatio, 2)}× through Playwright`,
    },
    {
      budget: `layout shift ≤ ${SHIFT_BUDGET} from navigation until ${SETTLE_MS} ms after hydration (nothing moves)`,
      met: appShift <= SHIFT_BUDGET,
      actual: `${round(appShift, 4)} (worst of ${runs} runs, empty history); ${round(largeShift, 4)} with ${LARGE_HISTORY.toLocaleString('en-US')} attempts`,
    },
  ];
  return {
    id: 'start',
    title: 'Start: navigation to the question list',
    rows,
    budgets,
    notes: [
      `Served by the browser host from ${build.source}; empty practice history (and, in its own row, ${LARGE_HISTORY.toLocaleString('en-US')} attempts); a new browser context per sample. The budget is judged on the empty history.`,
      '"on screen" = the page\'s own clock, from navigation start to when the first .question-row was painted (Element Timing\'s render time): the list is prerendered into the HTML, so this is before React has loaded; the blank page is timed the same way on its one element. The budget is judged on this.',
      `"taken over" = the app's "${INTERACTIVE_MARK}" mark, set in the first effect after hydration (the rows answer clicks from then). Layout shift = the sum of the page's layout-shift entries (PerformanceObserver, buffered) up to ${SETTLE_MS} ms after that mark, when main's answers (counts, checklist, due questions) have been drawn.`,
      "\"clickable, Playwright\" = Node's clock from page.goto() until Playwright's actionability check on that row passes; it adds Playwright's own round trips to both, which narrows the ratio.",
    ],
    details: { app, blank, large, sizes, renderer: build.source, rendererBuildMs: build.buildMs },
    elapsedMs: performance.now() - started,
  };
}

/** The contract call that took longest before the list appeared (median over the runs), to show where start time goes. */
function slowestCallRows(samples: Sample[], label: string): Row[] {
  const byChannel = new Map<string, number[]>();
  for (const sample of samples) {
    for (const call of sample.apiCalls) byChannel.set(call.channel, [...(byChannel.get(call.channel) ?? []), call.durationMs]);
  }
  const slowest = [...byChannel].map(([channel, times]) => ({ channel, ms: median(times) })).sort((a, b) => b.ms - a.ms)[0];
  if (!slowest) return [];
  const calls = median(samples.map((s) => s.apiCalls.length));
  return [{ name: `  slowest call before it, ${label}: ${slowest.channel}`, value: round(slowest.ms), unit: 'ms', note: `${calls} calls` }];
}

/**
 * Two navigations in fresh contexts. The page's own clock is read from one that nothing touches
 * until it has loaded: Playwright's locators inject a script of their own into the page, and under
 * load compiling it (about 0.2 s) landed between the document and its first paint. The Playwright
 * figure comes from a second navigation.
 */
async function timeNavigation(browser: Browser, url: string, selector: string): Promise<Sample> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 860 } });
  try {
    const page = await context.newPage();
    await page.addInitScript(markFirstFrameWith, selector);
    await page.goto(url, { waitUntil: 'load', timeout: READY_TIMEOUT_MS });
    const pageMs = await page.waitForFunction(() => (window as unknown as { __benchFirstFrame?: number }).__benchFirstFrame, undefined, {
      timeout: READY_TIMEOUT_MS,
    });
    const readyMs = (await pageMs.jsonValue()) as number;
    const settled = url.includes(`/${BLANK_PAGE}`) ? null : await settle(page);
    const apiCalls = await page.evaluate(
      (ready) =>
        performance
          .getEntriesByType('resource')
          .filter((e) => e.name.includes('/api/') && e.startTime < ready)
          .map((e) => ({
            channel: decodeURIComponent(new URL(e.name).pathname.slice('/api/'.length)),
            startMs: e.startTime,
            durationMs: e.duration,
          })),
      readyMs,
    );
    const wallMs = await timeClickable(browser, url, selector);
    return { wallMs, pageMs: readyMs, apiCalls, interactiveMs: settled?.interactiveMs ?? null, layoutShift: settled?.layoutShift ?? null };
  } finally {
    await context.close();
  }
}

/** Node's clock: page.goto() → Playwright's actionability check on the target passes. */
async function timeClickable(browser: Browser, url: string, selector: string): Promise<number> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 860 } });
  try {
    const page = await context.newPage();
    const t0 = performance.now();
    await page.goto(url, { waitUntil: 'commit', timeout: READY_TIMEOUT_MS });
    await page.locator(selector).first().click({ trial: true, timeout: READY_TIMEOUT_MS });
    return performance.now() - t0;
  } finally {
    await context.close();
  }
}

/** Waits for the app's hydration mark and SETTLE_MS more, then reads the layout shift summed meanwhile. */
async function settle(page: Page): Promise<{ interactiveMs: number; layoutShift: number }> {
  const handle = await page.waitForFunction(
    ({ mark, settleMs }) => {
      const entry = performance.getEntriesByName(mark)[0];
      if (!entry || performance.now() < entry.startTime + settleMs) return null;
      const w = window as unknown as { __benchLayoutShift?: number };
      return { interactiveMs: entry.startTime, layoutShift: w.__benchLayoutShift ?? 0 };
    },
    { mark: INTERACTIVE_MARK, settleMs: SETTLE_MS },
    { timeout: READY_TIMEOUT_MS },
  );
  return (await handle.jsonValue()) as { interactiveMs: number; layoutShift: number };
}

/**
 * Runs in the page before its own scripts: notes (on the page's clock, which starts at navigation)
 * the first frame after an element matching `selector` is in the document.
 */
function markFirstFrameWith(selector: string): void {
  const w = window as unknown as { __benchFirstFrame?: number };
  // Element Timing: the browser reports when the target was painted. The attribute is set as the
  // parser inserts the element, which is before any frame can show it.
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries() as unknown as { identifier: string; renderTime: number; startTime: number }[]) {
      if (entry.identifier === 'bench-target' && w.__benchFirstFrame === undefined)
        w.__benchFirstFrame = entry.renderTime || entry.startTime;
    }
  }).observe({ type: 'element', buffered: true });
  const observer = new MutationObserver(() => {
    const target = document.querySelector(selector);
    if (!target) return;
    observer.disconnect();
    // Text is reported for the element around it, so every element of the target is marked.
    for (const element of [target, ...target.querySelectorAll('*')]) element.setAttribute('elementtiming', 'bench-target');
  });
  observer.observe(document, { childList: true, subtree: true });
  // Every layout shift not caused by input, summed (the score Chromium reports per shift).
  const shifts = window as unknown as { __benchLayoutShift?: number };
  shifts.__benchLayoutShift = 0;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries() as unknown as { value: number; hadRecentInput: boolean }[]) {
      if (!entry.hadRecentInput) shifts.__benchLayoutShift = (shifts.__benchLayoutShift ?? 0) + entry.value;
    }
  }).observe({ type: 'layout-shift', buffered: true });
}
