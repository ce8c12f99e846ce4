import { execFileSync } from 'node:child_process';
import { chromium, type Browser, type Page } from '@playwright/test';
import type { Cleanup } from './cleanup.js';

const CHROMIUM = '/usr/bin/chromium';

/** The flags the e2e tests use (tests/e2e/fixtures.ts), which the architecture notes list as working on this machine. */
const FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  '--autoplay-policy=no-user-gesture-required',
];

/**
 * Headless Debian chromium, closed by the cleanup. With `micWav`, the fake microphone speaks that
 * file once (%noloop) from getUserMedia, then digital silence; the file is a launch flag, so a
 * different answer needs a different browser.
 */
export async function launchChromium(cleanup: Cleanup, options: { micWav?: string } = {}): Promise<Browser> {
  const mic = options.micWav
    ? ['--use-fake-ui-for-media-stream', '--use-fake-device-for-media-stream', `--use-file-for-fake-audio-capture=${options.micWav}%noloop`]
    : [];
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [...FLAGS, ...mic],
    timeout: 60_000,
    // The bench's own cleanup closes the browser on Ctrl-C; Playwright's handler would exit the
    // process before the host and temp folders were undone. (On exit it still kills its browsers.)
    handleSIGINT: false,
    handleSIGTERM: false,
    handleSIGHUP: false,
  });
  return cleanup.add(browser, 'chromium', (b) => b.close());
}

export function chromiumVersion(): string | null {
  try {
    return execFileSync(CHROMIUM, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return null;
  }
}

/** The page's used JS heap in bytes after a full garbage collection, through the DevTools protocol. */
export async function usedHeapAfterGc(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  try {
    // Two passes: the first can leave objects whose finalizers free more on the second.
    await cdp.send('HeapProfiler.collectGarbage');
    await cdp.send('HeapProfiler.collectGarbage');
    const usage = await cdp.send('Runtime.getHeapUsage');
    return usage.usedSize;
  } finally {
    await cdp.detach().catch(() => undefined);
  }
}

/** Live DOM nodes and JS event listeners in the page (DevTools protocol Memory.getDOMCounters). */
export async function domCounters(page: Page): Promise<{ nodes: number; listeners: number }> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const counters = await cdp.send('Memory.getDOMCounters');
    return { nodes: counters.nodes, listeners: counters.jsEventListeners };
  } finally {
    await cdp.detach().catch(() => undefined);
  }
}
