import { expect, test } from '#tests/e2e/fixtures.js';
import type { Page } from '@playwright/test';

import { checkBothThemes } from './helpers.js';

// The app starts as a returning user's, with these settings (set through the host's contract).
test.use({ settings: { thinkSeconds: 0, speakPrompts: false, autoStartRecording: true, newQuestionsPerDay: 2 } });

/** Records until the answer timer shows something was said, then stops with R and waits for the review. */
async function recordShortTake(page: Page) {
  await expect(page.getByRole('heading', { name: 'Recording your answer' })).toBeVisible();
  await expect(page.locator('.answer-timer__clock > span').first()).not.toHaveText('0:00');
  await page.keyboard.press('r');
  await expect(page.getByRole('heading', { name: 'Listen back' })).toBeFocused();
}

test('practicing the due questions walks the queue, and the ratings schedule what comes back', async ({ studio }) => {
  test.setTimeout(150_000);
  const { page } = studio;

  // The home screen offers today's queue.
  await expect(page.getByRole('region', { name: 'Due today' })).toContainText(/2 questions to practi[cs]e today/);
  await page
    .getByRole('region', { name: 'Due today' })
    .getByRole('button', { name: /Practi[cs]e due questions/ })
    .click();

  await expect(page.getByText('Due today · question 1 of 2')).toBeVisible();
  // The question is shown first; R starts it (no think time here: recording starts at once).
  await expect(page.getByRole('button', { name: 'Start this question' })).toBeFocused();
  await page.keyboard.press('r');
  await recordShortTake(page);
  // Moving on without a rating asks for one: a single key press rates it and moves on.
  await page.keyboard.press('n');
  const ask = page.getByRole('dialog', { name: 'Rate this answer before moving on?' });
  await expect(ask).toBeVisible();
  expect(await checkBothThemes(page, 'rate-before-moving-on', test.info().outputPath.bind(test.info()))).toEqual([]);
  const firstQuestion = await page.locator('#question-text').textContent();
  await page.keyboard.press('2');

  await expect(page.getByText('Due today · question 2 of 2')).toBeVisible();
  await expect(page.locator('#question-text')).not.toHaveText(firstQuestion!);
  await page.keyboard.press('r');
  await recordShortTake(page);
  const secondQuestion = (await page.locator('#question-text').textContent())!;
  // The footer's last step finishes the run; skipping the rating stays possible (S) and is noted.
  await page.getByRole('navigation', { name: 'What next' }).getByRole('button', { name: 'Finish' }).click();
  await expect(ask).toBeVisible();
  await page.keyboard.press('s');
  await expect(page.getByRole('heading', { name: 'Done for today' })).toBeFocused();
  await expect(page.getByText('Skipped without a rating (1): it stays in “Due today” until rated.')).toBeVisible();
  await expect(page.getByRole('list', { name: 'Skipped without a rating' })).toHaveText(secondQuestion);

  // Both new questions were used today: nothing new is left, the rated one waits for tomorrow,
  // the unrated one stays until it is rated.
  await page.getByRole('button', { name: 'Back to due questions' }).click();
  const due = page.getByRole('list', { name: 'Due today' });
  await expect(due.locator('li')).toHaveCount(1);
  await expect(due.locator('.due-row__note')).toHaveText(/Practi[cs]ed but not rated yet/);
  await expect(page.getByText('2 new questions started today.')).toBeVisible();
  await expect(page.getByRole('list', { name: 'Coming up' }).locator('li')).toHaveCount(1);
  await expect(page.getByRole('list', { name: 'Coming up' })).toContainText('(tomorrow)');
});
