import type { Browser } from '@playwright/test';
import type { BudgetCheck, Row, SectionResult } from '../report/types.js';
import { launchChromium } from '../support/chromium.js';
import { startBenchHost } from '../support/host.js';
import { BLANK_PAGE, BLANK_READY_SELECTOR, bundleSizes } from '../support/renderer-build.js';
import { median, min, ratio, round } from '../support/stats.js';
import type { SectionContext } from './context.js';

const START_BUDGET_RATIO = 3;
const READY_TIMEOUT_MS = 30_000;

interface Sample {
  /** Node's clock: page.goto() called → Playwright's actionability check on the target passes. */
  wallMs: number;
  /** The page's clock: navigation start → the first frame after the target appeared. */
  pageMs: number;
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

  ctx.log(`start: 1 warm-up + ${runs} runs each of the app and the blank page`);
  await timeNavigation(browser, appUrl, '.question-row');
  await timeNavigation(browser, blankUrl, BLANK_READY_SELECTOR);
  const app: Sample[] = [];
  const blank: Sample[] = [];
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

  const appWall = median(app.map((s) => s.wallMs));
  const blankWall = median(blank.map((s) => s.wallMs));
  const appPage = median(app.map((s) => s.pageMs));
  const blankPage = median(blank.map((s) => s.pageMs));
  const sizes = bundleSizes(build.dir);
  const kb = (bytes: number) => round(bytes / 1024, 1);

  const rows: Row[] = [
    {
      name: 'goto → first question clickable (median)',
      value: round(appWall),
      unit: 'ms',
      reference: round(blankWall),
      referenceName: 'blank page',
      ratio: ratio(appWall, blankWall),
      samples: runs,
    },
    {
      name: 'navigation start → first question painted (median)',
      value: round(appPage),
      unit: 'ms',
      reference: round(blankPage),
      referenceName: 'blank page',
      ratio: ratio(appPage, blankPage),
      samples: runs,
    },
    { name: 'goto → first question clickable (fastest)', value: round(min(app.map((s) => s.wallMs))), unit: 'ms', reference: round(min(blank.map((s) => s.wallMs))), referenceName: 'blank page' },
    { name: `built JS (${sizes.js.files} file${sizes.js.files === 1 ? '' : 's'}), raw`, value: kb(sizes.js.raw), unit: 'KiB' },
    { name: 'built JS, gzip -9', value: kb(sizes.js.gzip), unit: 'KiB' },
    { name: `built CSS (${sizes.css.files} file${sizes.css.files === 1 ? '' : 's'}), raw`, value: kb(sizes.css.raw), unit: 'KiB' },
    { name: 'built CSS, gzip -9', value: kb(sizes.css.gzip), unit: 'KiB' },
  ];
  const startRatio = ratio(appWall, blankWall);
  const budgets: BudgetCheck[] = [
    {
      budget: `start ≤ ${START_BUDGET_RATIO}× the blank page`,
      met: startRatio === null ? null : startRatio <= START_BUDGET_RATIO,
      actual: startRatio === null ? 'not measured' : `${round(startRatio, 2)}×: ${round(appWall, 0)} ms vs ${round(blankWall, 0)} ms`,
    },
  ];
  return {
    id: 'start',
    title: 'Start: navigation to the question list',
    rows,
    budgets,
    notes: [
      `Served by the browser host from ${build.source}; empty practice history; a new browser context per sample.`,
      `"clickable" = Playwright's actionability check (visible, stable, enabled, receives events) passes on the first .question-row.`,
    ],
    details: { app, blank, sizes, renderer: build.source, rendererBuildMs: build.buildMs },
    elapsedMs: performance.now() - started,
  };
}

async function timeNavigation(browser: Browser, url: string, selector: string): Promise<Sample> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 860 } });
  try {
    const page = await context.newPage();
    await page.addInitScript(markFirstFrameWith, selector);
    const t0 = performance.now();
    await page.goto(url, { waitUntil: 'commit', timeout: READY_TIMEOUT_MS });
    await page.locator(selector).first().click({ trial: true, timeout: READY_TIMEOUT_MS });
    const wallMs = performance.now() - t0;
    const pageMs = await page.waitForFunction(() => (window as unknown as { __benchFirstFrame?: number }).__benchFirstFrame, undefined, {
      timeout: READY_TIMEOUT_MS,
    });
    return { wallMs, pageMs: (await pageMs.jsonValue()) as number };
  } finally {
    await context.close();
  }
}

/**
 * Runs in the page before its own scripts: notes (on the page's clock, which starts at navigation)
 * the first frame after an element matching `selector` is in the document.
 */
function markFirstFrameWith(selector: string): void {
  const w = window as unknown as { __benchFirstFrame?: number };
  const observer = new MutationObserver(() => {
    if (!document.querySelector(selector)) return;
    observer.disconnect();
    // The frame callback runs before paint; the task posted from it runs once the frame is out.
    requestAnimationFrame(() => setTimeout(() => (w.__benchFirstFrame = performance.now()), 0));
  });
  observer.observe(document, { childList: true, subtree: true });
}
