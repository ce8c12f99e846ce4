import type { Page } from '@playwright/test';
import { expect, test } from '#tests/e2e/fixtures.js';
import { recordedAtLeast, useSettings } from '#tests/e2e/practice/helpers.js';
import { seriousViolationsLightAndDark } from '#tests/support/axe.js';
import {
  micWavFor,
  storedMeasurements,
  TWO_PAUSE_ANSWER as answer,
  waitUntilShortlyBeforeWavEnds,
  watchMicrophoneClock,
} from './helpers.js';
import { keepScreenshot } from '#tests/e2e/screenshots.js';

test.use({ micWav: micWavFor(answer) });

/** The sticky header would float over a long screenshot; hidden for the picture only. Both schemes. */
async function shoot(page: Page, path: (scheme: string) => string, selector: string) {
  await page.addStyleTag({ content: '.app-header { position: static !important; }' });
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await keepScreenshot(page.locator(selector), { path: path(scheme) });
  }
  await page.emulateMedia({ colorScheme: 'light' });
}

// One take, checked in both color schemes at each screen (recording a second take for the dark scheme
// tested nothing more).
test('recording with STAR buttons and the review with measurements, marks and a calibration note: no serious accessibility problems (light and dark)', async ({
  studio,
}, testInfo) => {
  const { page } = studio;
  await watchMicrophoneClock(page);
  await useSettings(page, {
    thinkSeconds: 0,
    autoStartRecording: true,
    speakPrompts: false,
    answerTargetMinSeconds: 5,
    answerTargetMaxSeconds: 10,
  });
  await page.locator('.question-row', { hasText: 'nervous or frightened' }).click();
  await page.getByRole('button', { name: 'Start this question' }).click();
  await expect(page.getByRole('heading', { name: 'Recording your answer' })).toBeVisible();
  await recordedAtLeast(page, 1);
  await page.keyboard.press('Shift+S');
  await recordedAtLeast(page, 4);
  await page.keyboard.press('Shift+A');
  await expect(page.getByRole('group', { name: 'Mark where each STAR part begins' }).getByRole('button', { name: /Action/ })).toContainText(
    '0:0',
  );
  expect(await seriousViolationsLightAndDark(page), 'recording').toEqual([]);
  await shoot(page, (scheme) => testInfo.outputPath(`recording-${scheme}.png`), '.practice__main');

  await waitUntilShortlyBeforeWavEnds(page, answer.durationMs);
  await page.keyboard.press('r');
  await expect(page.getByRole('heading', { name: 'Listen back' })).toBeVisible();
  const { measurements } = await storedMeasurements(page);
  await expect(page.getByTestId('measurements')).toBeVisible();
  // Exact pause counts are the accuracy tests' business; here: what was measured is what is drawn.
  testInfo.annotations.push({ type: 'pauses', description: JSON.stringify(measurements.pauses) });
  expect(measurements.pauseCount).toBeGreaterThanOrEqual(2);
  await expect(page.locator('.player__wave [data-pause]')).toHaveCount(measurements.pauseCount);

  // Ticking STAR as met with no Result marked brings the gentle note.
  await page.locator('[data-criterion="star"]').getByLabel('Met', { exact: true }).check();
  await expect(page.locator('[data-criterion="star"] .criterion__calibration')).toContainText('no Result is marked');
  await expect(page.getByText('Saved', { exact: true }).first()).toBeVisible();
  expect(await seriousViolationsLightAndDark(page), 'review').toEqual([]);
  await shoot(page, (scheme) => testInfo.outputPath(`review-${scheme}.png`), '.practice__main');
});
