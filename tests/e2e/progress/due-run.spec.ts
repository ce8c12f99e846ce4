import { expect, test } from '#tests/e2e/fixtures.js';
import { useSettings } from '#tests/e2e/practice/helpers.js';

test('practising the due questions walks the queue, and the ratings schedule what comes back', async ({ studio }) => {
  test.setTimeout(150_000);
  const { page } = studio;
  await useSettings(page, { thinkSeconds: 0, speakPrompts: false, autoStartRecording: true, newQuestionsPerDay: 2 });

  // The home screen offers today's queue.
  await expect(page.getByRole('region', { name: 'Due today' })).toContainText('2 questions to practise today');
  await page.getByRole('region', { name: 'Due today' }).getByRole('button', { name: 'Practise due questions' }).click();

  await expect(page.getByText('Due today · question 1 of 2')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Recording your answer' })).toBeVisible();
  await page.waitForTimeout(1500);
  await page.keyboard.press('r');
  await expect(page.getByRole('heading', { name: 'Listen back' })).toBeVisible();
  await page.getByRole('radio', { name: /^2 — / }).check();
  await expect(page.getByText('Saved', { exact: true })).toBeVisible();
  await page.getByRole('button', { name: 'Next question →' }).click();

  await expect(page.getByText('Due today · question 2 of 2')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Recording your answer' })).toBeVisible();
  await page.waitForTimeout(1500);
  await page.keyboard.press('r');
  await expect(page.getByRole('heading', { name: 'Listen back' })).toBeVisible();
  await page.getByRole('button', { name: 'Finish' }).click();
  await expect(page.getByRole('heading', { name: 'Done for today' })).toBeFocused();

  // Both new questions were used today: nothing new is left, the rated one waits for tomorrow,
  // the unrated one stays until it is rated.
  await page.getByRole('button', { name: 'Back to due questions' }).click();
  const due = page.getByRole('list', { name: 'Due today' });
  await expect(due.locator('li')).toHaveCount(1);
  await expect(due.locator('.due-row__note')).toHaveText('Practised but not rated yet');
  await expect(page.getByText('2 new questions started today.')).toBeVisible();
  await expect(page.getByRole('list', { name: 'Coming up' }).locator('li')).toHaveCount(1);
  await expect(page.getByRole('list', { name: 'Coming up' })).toContainText('(tomorrow)');
});
