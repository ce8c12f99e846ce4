import type { Page } from '@playwright/test';
import type { SettingsPatch } from '#shared/schemas/settings.js';
import { expect } from '#tests/e2e/fixtures.js';

type StudioWindow = {
  studio: { settings: { set(patch: SettingsPatch): Promise<{ ok: boolean }> } };
  __streams?: MediaStream[];
};

/**
 * Test setup through the app's own bridge (the same call the Settings screen makes), then a
 * reload so the app starts with it. Short think time keeps the tests quick.
 */
export async function useSettings(page: Page, patch: SettingsPatch) {
  const result = await page.evaluate((p) => (window as unknown as StudioWindow).studio.settings.set(p), {
    micCheckDone: true,
    ...patch,
  });
  expect(result.ok).toBe(true);
  await page.reload();
  // The list is up, and with it the app's key handlers: a key pressed before that is lost.
  await expect(page.getByRole('heading', { name: 'Practice questions', level: 1 })).toBeVisible();
}

/**
 * Opens a question from the list and, unless `start` is false, presses Start: opening a question
 * only shows it (think time starts on the person's action, unless the setting says at once).
 */
export async function openQuestion(page: Page, index = 0, { start = true } = {}) {
  await expect(page.getByRole('heading', { name: 'Practice questions' })).toBeVisible();
  await page.locator('.question-row').nth(index).click();
  await expect(page.locator('#question-text')).toBeVisible();
  if (start) await page.getByRole('button', { name: 'Start this question' }).click();
}

/**
 * Keeps every stream getUserMedia hands out, so a test can end its track the way an unplugged
 * microphone does. Injected by the test before the app loads; the app itself exposes nothing.
 */
export async function captureMicrophoneStreams(page: Page) {
  await page.addInitScript(() => {
    const w = window as unknown as StudioWindow;
    w.__streams = [];
    const original = navigator.mediaDevices.getUserMedia.bind(navigator.mediaDevices);
    navigator.mediaDevices.getUserMedia = async (constraints) => {
      const stream = await original(constraints);
      w.__streams!.push(stream);
      return stream;
    };
  });
}

/** Ends the newest microphone track as the system does when a device goes away. */
export async function unplugMicrophone(page: Page) {
  await page.evaluate(() => {
    const stream = (window as unknown as StudioWindow).__streams!.at(-1)!;
    for (const track of stream.getAudioTracks()) {
      track.stop();
      // stop() from the page fires no 'ended' (spec); a device loss does, so send it as one would.
      track.dispatchEvent(new Event('ended'));
    }
  });
}

/** Microphone tracks handed out so far that are still open. */
export const liveTrackCount = (page: Page) =>
  page.evaluate(
    () => ((window as unknown as StudioWindow).__streams ?? []).flatMap((s) => s.getTracks()).filter((t) => t.readyState === 'live').length,
  );

/** "0:04" → 4 */
export const clockSeconds = (text: string) => {
  const [m, s] = text.trim().split(':').map(Number);
  return (m ?? 0) * 60 + (s ?? 0);
};

/**
 * Waits until the answer timer shows at least `seconds` recorded: a state of the take, so the
 * recording has audio to replay however fast or slow the machine is (no fixed sleep).
 */
export async function recordedAtLeast(page: Page, seconds: number) {
  const clock = page.locator('.answer-timer__clock span[aria-hidden="true"]');
  await expect
    .poll(async () => {
      const [minutes, secs] = ((await clock.textContent()) ?? '0:00').split(':').map(Number);
      return (minutes ?? 0) * 60 + (secs ?? 0);
    })
    .toBeGreaterThanOrEqual(seconds);
}
