import { expect, test } from '#tests/e2e/fixtures.js';
import { openQuestion, useSettings } from '#tests/e2e/practice/helpers.js';
import {
  micWavFor,
  storedMeasurements,
  TWO_PAUSE_ANSWER as answer,
  waitUntilShortlyBeforeWavEnds,
  watchMicrophoneClock,
} from './helpers.js';
import { keepScreenshot } from '#tests/e2e/screenshots.js';

test.use({ micWav: micWavFor(answer) });

test('a recorded answer is measured: facts beside the checklist, pauses on the waveform and in a list', async ({ studio }, testInfo) => {
  const { page } = studio;
  await watchMicrophoneClock(page);
  await useSettings(page, {
    thinkSeconds: 0,
    autoStartRecording: true,
    speakPrompts: false,
    answerTargetMinSeconds: 5,
    answerTargetMaxSeconds: 10,
  });
  await openQuestion(page);
  await expect(page.getByRole('heading', { name: 'Recording your answer' })).toBeVisible();
  await waitUntilShortlyBeforeWavEnds(page, answer.durationMs);
  await page.keyboard.press('r');
  await expect(page.getByRole('heading', { name: 'Listen back' })).toBeVisible();

  const { measurements } = await storedMeasurements(page);
  // Both inserted silences are found, at about their true lengths (1.5 s and 2 s). The exact count is
  // the accuracy tests' business; on a starved machine the capture can add a gap of its own.
  const lengths = measurements.pauses.map((p) => p.endMs - p.startMs);
  expect(lengths.some((ms) => Math.abs(ms - 1500) < 200)).toBe(true);
  expect(lengths.some((ms) => Math.abs(ms - 2000) < 200)).toBe(true);
  const count = measurements.pauseCount;

  const facts = page.getByTestId('measurements');
  await expect(facts).toBeVisible();
  await expect(facts.locator('[data-fact="length"]')).toContainText(/over your 5–10 s target/);
  await expect(facts.locator('[data-fact="pauses"]')).toContainText(`${count} of half a second or more; the longest 2.`);
  await expect(facts.locator('[data-fact="loudness"]')).toBeVisible();

  // The pauses are shaded on the waveform (inside its shadow root) and listed as buttons that seek.
  await expect(page.locator('.player__wave [data-pause]')).toHaveCount(count);
  const pauseButtons = page.getByRole('list', { name: 'Pauses, as marked on the waveform' }).getByRole('button');
  await expect(pauseButtons).toHaveCount(count);
  await pauseButtons.nth(1).click();
  const slider = page.getByRole('slider', { name: 'Playback position' });
  await expect(slider).not.toHaveAttribute('aria-valuenow', '0');

  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await keepScreenshot(page, { path: testInfo.outputPath(`review-${scheme}.png`), fullPage: true });
  }
});
