import { chromium, type Browser } from '@playwright/test';

/** Debian's chromium; Playwright cannot download its own browser on this machine. */
export const CHROMIUM_PATH = '/usr/bin/chromium';

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

export function launchChromium(extraArgs: string[] = []): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: [...CHROMIUM_FLAGS, ...extraArgs] });
}
