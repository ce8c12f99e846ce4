import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test as base, expect, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { launchChromium, micFlags, testBrowserPath, type MicMode } from '#tests/support/chromium.js';
import { startHostProcess, type HostProcess } from '#tests/support/browser-host-process.js';
import { spokenWav } from '#tests/support/spoken-wav.js';
import { callHost } from '#tests/support/host-call.js';
import type { SettingsPatch } from '#shared/schemas/settings.js';

export interface StudioApp {
  page: Page;
  context: BrowserContext;
  dataDir: string;
  host: HostProcess;
  /** Stops the host and starts a new one on the same data folder, then opens the app again. */
  restartHost(signal?: NodeJS.Signals): Promise<void>;
  /** Every request the page made, to prove nothing leaves the app's own origin. */
  requests: string[];
}

/**
 * One chromium per worker, kept while consecutive tests launch it with the same flags (the fake
 * microphone's WAV is a launch flag). Starting chromium costs more CPU than most tests spend, and a
 * fresh context per test keeps storage and permissions apart; the fake microphone plays its WAV from
 * the start for every new stream, so a reused browser hears the same answer a new one would.
 */
class BrowserPerWorker {
  private current: { key: string; browser: Browser } | null = null;

  async get(args: string[], executablePath: string): Promise<Browser> {
    const key = JSON.stringify([executablePath, ...args]);
    if (this.current?.key === key && this.current.browser.isConnected()) return this.current.browser;
    await this.close();
    this.current = { key, browser: await launchChromium(args, executablePath) };
    return this.current.browser;
  }

  async close(): Promise<void> {
    await this.current?.browser.close().catch(() => undefined);
    this.current = null;
  }
}

export const test = base.extend<
  {
    micText: string;
    micWav: string | null;
    micMode: MicMode;
    settings: SettingsPatch | null;
    keepScreenshots: boolean;
    studio: StudioApp;
  },
  { browserPerWorker: BrowserPerWorker }
>({
  browserPerWorker: [
    // eslint-disable-next-line no-empty-pattern -- Playwright reads a fixture's dependencies from this pattern; it has none
    async ({}, use) => {
      const browsers = new BrowserPerWorker();
      await use(browsers);
      await browsers.close();
    },
    { scope: 'worker' },
  ],

  micText: ['I greeted the patient by name, listened to the concern, and rebooked the appointment within the hour.', { option: true }],
  /** A ready-made WAV for the fake microphone (e.g. an answer with known pauses); overrides micText. */
  micWav: [null, { option: true }],
  micMode: ['wav', { option: true }],
  /**
   * Settings the app starts with, the first-run microphone check counted done: set through the host's
   * contract before the page first loads, as a returning user's app would start. null starts a new
   * user's app (the microphone check). Tests whose subject is a setting change it through the UI.
   */
  settings: [null, { option: true }],
  /** Pictures of the screens are kept only in the "screenshots" project (see screenshots.ts). */
  keepScreenshots: [false, { option: true }],

  studio: async ({ micText, micWav, micMode, settings, browserPerWorker }, use, testInfo) => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'studio-e2e-'));
    const browser = await browserPerWorker.get(micFlags(micMode, micWav ?? spokenWav(micText)), testBrowserPath(micMode));
    // Reduced motion turns the app's transitions off (base.css honors it), so nothing a test reads or
    // axe measures is caught half-way through a fade on a busy machine.
    const context = await browser.newContext({ viewport: { width: 1280, height: 860 }, reducedMotion: 'reduce' });
    const page = await context.newPage();
    const requests: string[] = [];
    // context-wide, so workers and every page count too
    context.on('request', (r) => requests.push(r.url()));
    // The first screen arrives prerendered and inert, and takes keys and clicks once React has taken
    // over (StudioRoot removes `inert`): every load waits for that, as a reload inside a test does.
    const untilInteractive = () => page.locator('#root:not([inert])').waitFor({ state: 'attached' });
    const reload = page.reload.bind(page);
    page.reload = async (options) => {
      const response = await reload(options);
      await untilInteractive();
      return response;
    };
    let host = await startHostProcess(dataDir);
    if (settings) await callHost(host.url, 'settings:set', { micCheckDone: true, ...settings });
    const ownOrigins = new Set([host.origin]);
    await page.goto(host.url);
    await untilInteractive();

    const app: StudioApp = {
      page,
      context,
      dataDir,
      get host() {
        return host;
      },
      requests,
      async restartHost(signal) {
        await host.stop(signal);
        host = await startHostProcess(dataDir);
        ownOrigins.add(host.origin);
        await page.goto(host.url);
        await untilInteractive();
      },
    };
    await use(app);

    // Privacy, checked after every test: the page never asked anything of another origin.
    const foreign = requests.filter((url) => !ownOrigins.has(originOf(url)) && !/^(blob|data):/.test(url));
    expect(foreign, 'requests to origins other than the app').toEqual([]);

    if (testInfo.status !== testInfo.expectedStatus) {
      await page.screenshot({ path: testInfo.outputPath('failure.png') }).catch(() => undefined);
      await testInfo.attach('host-stderr', { body: host.stderr() });
    }
    await context.close();
    await host.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  },
});

function originOf(url: string): string {
  try {
    return new URL(url).origin;
  } catch {
    return url;
  }
}

export { expect, type MicMode };
