import type { Page } from '@playwright/test';
import { expect, test } from '#tests/e2e/fixtures.js';
import { recordedAtLeast } from './helpers.js';
import { keepScreenshot } from '#tests/e2e/screenshots.js';

// The app starts as a returning user's, with these settings (set through the host's contract).
test.use({ settings: { thinkSeconds: 0, autoStartRecording: true, speakPrompts: false } });

/** Pictures in both color schemes for a person to look at (the screenshots project only). */
async function shootBothSchemes(page: Page, path: (scheme: string) => string, before?: () => Promise<void>) {
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await before?.();
    await keepScreenshot(page, { path: path(scheme) });
  }
  await page.emulateMedia({ colorScheme: 'light' });
}

test('a situational question: no STAR marking, its must-haves ticked in the review and counted in progress', async ({
  studio,
}, testInfo) => {
  test.setTimeout(180_000); // a take, a reload and screenshots at two sizes, on a shared machine
  const { page } = studio;
  await page.locator('.question-row', { hasText: 'no interpreter was booked' }).click();
  await page.getByRole('button', { name: 'Start this question' }).click();
  await expect(page.getByRole('heading', { name: 'Recording your answer' })).toBeVisible();
  // STAR does not fit "what would you do": no buttons, and Shift+R is not a mark.
  await expect(page.getByRole('group', { name: 'Mark where each STAR part begins' })).toHaveCount(0);
  await recordedAtLeast(page, 2);
  await page.keyboard.press('r');
  await expect(page.getByRole('heading', { name: 'Listen back' })).toBeVisible();
  await expect(page.getByTestId('star-timing')).toHaveCount(0);

  const mustHaves = page.locator('.review__must-haves');
  await expect(mustHaves.getByRole('heading', { name: 'This question’s must-haves' })).toBeVisible();
  const interpreter = mustHaves.locator('[data-must-have="qualified-interpreter"]');
  await expect(interpreter).toContainText('not the son');
  await interpreter.getByLabel('Met', { exact: true }).check();
  await expect(page.getByText('Saved', { exact: true })).toBeVisible();
  for (const [width, height] of [
    [1280, 800],
    [1024, 640],
  ] as const) {
    await page.setViewportSize({ width, height });
    await shootBothSchemes(
      page,
      (scheme) => testInfo.outputPath(`review-${width}-${scheme}.png`),
      () => mustHaves.scrollIntoViewIfNeeded(),
    );
  }

  // Reloaded, the mark is still there.
  await page.reload();
  await page.locator('.question-row', { hasText: 'no interpreter was booked' }).click();
  await page.locator('.attempt-row').first().click();
  await expect(page.locator('[data-must-have="qualified-interpreter"]').getByLabel('Met', { exact: true })).toBeChecked();

  await page.getByRole('button', { name: 'Progress', exact: true }).click();
  const row = page.locator('.criterion-bar', { hasText: 'Questions’ own must-haves' });
  await expect(row).toContainText('1 met · 0 partly · 0 not met');
  await row.scrollIntoViewIfNeeded();
  await shootBothSchemes(page, (scheme) => testInfo.outputPath(`progress-${scheme}.png`));
});
