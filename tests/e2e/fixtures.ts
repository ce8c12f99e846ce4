import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test as base, expect, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { launchChromium, micFlags, type MicMode } from '#tests/support/chromium.js';
import { startHostProcess, type HostProcess } from '#tests/support/browser-host-process.js';
import { spokenWav } from '#tests/support/spoken-wav.js';

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

export const test = base.extend<{ micText: string; micWav: string | null; micMode: MicMode; studio: StudioApp }>({
  micText: ['I greeted the patient by name, listened to the concern, and rebooked the appointment within the hour.', { option: true }],
  /** A ready-made WAV for the fake microphone (e.g. an answer with known pauses); overrides micText. */
  micWav: [null, { option: true }],
  micMode: ['wav', { option: true }],

  studio: async ({ micText, micWav, micMode }, use, testInfo) => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'studio-e2e-'));
    // A browser per test: the fake microphone's WAV is a launch flag.
    const browser: Browser = await launchChromium(micFlags(micMode, micWav ?? spokenWav(micText)));
    const context = await browser.newContext({ viewport: { width: 1280, height: 860 } });
    const page = await context.newPage();
    const requests: string[] = [];
    // context-wide, so workers and every page count too
    context.on('request', (r) => requests.push(r.url()));
    let host = await startHostProcess(dataDir);
    const ownOrigins = new Set([host.origin]);
    await page.goto(host.url);

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
    await browser.close();
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
