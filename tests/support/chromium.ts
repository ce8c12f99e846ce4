import fs from 'node:fs';
import { chromium, type Browser } from '@playwright/test';

/** Debian's chromium; Playwright cannot download its own browser on this machine. */
export const CHROMIUM_PATH = '/usr/bin/chromium';

/**
 * Debian's build of chromium's headless shell (the package chromium-headless-shell, which .ci/run
 * installs): the same Blink, V8 and media stack without the full browser's user interface. It is what
 * Playwright itself runs headless, and it spent about a third less CPU than the full browser on the same
 * e2e tests here, which on two cores is a third off the run. Tests fall back to the full browser where it
 * is not installed.
 */
export const HEADLESS_SHELL_PATH = '/usr/bin/chromium-headless-shell';

/**
 * The headless shell for everything but a refused microphone: it has no permission prompt, so a page
 * asking without the fake-UI flag gets "Not supported" instead of the refusal a person's "Block" gives,
 * which the full browser's headless prompt does give.
 */
export function testBrowserPath(mode: MicMode = 'wav'): string {
  return mode !== 'denied' && fs.existsSync(HEADLESS_SHELL_PATH) ? HEADLESS_SHELL_PATH : CHROMIUM_PATH;
}

/** Flags that let headless chromium run here quietly (no network chatter, no sandbox as root). */
export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  '--autoplay-policy=no-user-gesture-required',
];

/** How the fake microphone behaves: speaks a WAV, is refused by the user, or does not exist. */
export type MicMode = 'wav' | 'denied' | 'none';

export function micFlags(mode: MicMode, wav: string): string[] {
  if (mode === 'none') return [];
  // The fake device plays the WAV from getUserMedia once (%noloop), then digital silence.
  const device = ['--use-fake-device-for-media-stream', `--use-file-for-fake-audio-capture=${wav}%noloop`];
  // Without the fake UI flag, Playwright's headless chromium refuses the permission prompt.
  return mode === 'wav' ? ['--use-fake-ui-for-media-stream', ...device] : device;
}

export function launchChromium(extraArgs: string[] = [], executablePath = testBrowserPath()): Promise<Browser> {
  return chromium.launch({ executablePath, args: [...CHROMIUM_FLAGS, ...extraArgs] });
}
