import { expect, test } from '#tests/e2e/fixtures.js';
import { openQuestion, recordedAtLeast } from '#tests/e2e/practice/helpers.js';
import { checkBothThemes } from './helpers.js';

// The app starts as a returning user's, with these settings (set through the host's contract).
test.use({ settings: { thinkSeconds: 0, speakPrompts: false, autoStartRecording: true } });

test('comparing two takes of a question: both replay, reviews and measurements side by side', async ({ studio }, testInfo) => {
  test.setTimeout(150_000); // two recordings, two players and a review on two busy cores
  const { page } = studio;
  await openQuestion(page, 2);

  // Take one, rated 2; take two, a little longer, rated 4.
  await expect(page.getByRole('heading', { name: 'Recording your answer' })).toBeVisible();
  await recordedAtLeast(page, 2);
  await page.keyboard.press('r');
  await expect(page.getByRole('heading', { name: 'Listen back' })).toBeVisible();
  await page.getByRole('radio', { name: /^2 — / }).check();
  await expect(page.getByText('Saved', { exact: true })).toBeVisible();
  await page.getByRole('button', { name: 'Retake', exact: true }).click();
  await page.getByRole('button', { name: 'Keep it and retake' }).click();
  await expect(page.getByRole('heading', { name: 'Recording your answer' })).toBeVisible();
  await recordedAtLeast(page, 4);
  await page.keyboard.press('r');
  await expect(page.getByRole('heading', { name: 'Listen back' })).toBeVisible();
  await page.getByRole('radio', { name: /^4 — / }).check();
  await expect(page.getByText('Saved', { exact: true })).toBeVisible();

  await page.getByRole('button', { name: 'Compare two takes' }).click();
  await expect(page.getByRole('heading', { name: 'Compare takes' })).toBeFocused();

  // Two players, each ready to play its own take.
  const plays = page.getByRole('button', { name: 'Play', exact: true });
  await expect(plays).toHaveCount(2);
  await expect(plays.nth(0)).toBeEnabled();
  await expect(plays.nth(1)).toBeEnabled();
  await plays.nth(1).click();
  await expect(page.getByRole('button', { name: 'Pause', exact: true })).toHaveCount(1);
  await page.getByRole('button', { name: 'Pause', exact: true }).click();

  // One take at a time: starting A pauses B; the shortcut plays the take that has focus.
  const players = page.getByRole('region', { name: 'Replay your answer' });
  await players.nth(1).getByRole('button', { name: 'Play', exact: true }).click();
  await expect(players.nth(1).getByRole('button', { name: 'Pause', exact: true })).toBeVisible();
  await players.nth(0).getByRole('button', { name: 'Play', exact: true }).click();
  await expect(players.nth(0).getByRole('button', { name: 'Pause', exact: true })).toBeVisible();
  await expect(players.nth(1).getByRole('button', { name: 'Play', exact: true })).toBeVisible();
  await players.nth(1).getByRole('slider', { name: 'Playback position' }).focus();
  await page.keyboard.press('p');
  await expect(players.nth(1).getByRole('button', { name: 'Pause', exact: true })).toBeVisible();
  await expect(players.nth(0).getByRole('button', { name: 'Play', exact: true })).toBeVisible();
  await page.keyboard.press('p');
  await expect(page.getByRole('button', { name: 'Pause', exact: true })).toHaveCount(0);

  // A is the older take (rated 2), B the newer (rated 4); measurements show or say "not measured".
  const table = page.locator('.compare-table');
  const row = (label: string) => table.locator('tr', { has: page.getByRole('rowheader', { name: label, exact: true }) });
  await expect(row('Overall rating').locator('td')).toHaveText(['2 / 5', '4 / 5']);
  await expect(row('Length').locator('td').nth(0)).toHaveText(/\d s/);
  for (const cell of await row('Pauses').locator('td').allTextContents()) expect(cell).toMatch(/^(\d+|not measured)$/);
  expect(await checkBothThemes(page, 'compare', (n) => testInfo.outputPath(n))).toEqual([]);

  // Picking the same take on both sides is allowed, and said.
  await page.getByLabel('Take A', { exact: true }).selectOption({ index: 0 });
  await expect(page.getByText('Both sides show the same take')).toBeVisible();

  await page.getByRole('button', { name: '← Back to the question' }).click();
  await expect(page.getByRole('heading', { name: 'Listen back' })).toHaveCount(0);
  await expect(page.getByRole('heading', { name: 'Your takes' })).toBeVisible();
});
