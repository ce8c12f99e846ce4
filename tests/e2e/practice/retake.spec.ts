import type { Page } from '@playwright/test';
import { expect, test } from '#tests/e2e/fixtures.js';
import { openQuestion, recordedAtLeast } from './helpers.js';

async function recordTake(page: Page, seconds = 2) {
  await expect(page.getByRole('heading', { name: 'Recording your answer' })).toBeVisible();
  await recordedAtLeast(page, seconds);
  await page.getByRole('button', { name: 'Stop and review' }).click();
  await expect(page.getByRole('heading', { name: 'Listen back' })).toBeVisible();
}

const takes = (page: Page) => page.getByRole('region', { name: 'Your takes' }).getByRole('listitem');

// The app starts as a returning user's, with these settings (set through the host's contract).
test.use({ settings: { thinkSeconds: 0, autoStartRecording: true, speakPrompts: false } });

test('retake asks about the earlier take: keep it, or delete it', async ({ studio }) => {
  const { page } = studio;
  await openQuestion(page);
  await recordTake(page);
  await expect(takes(page)).toHaveCount(1);

  await page.getByRole('button', { name: 'Retake', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Record another take?' });
  await dialog.getByRole('button', { name: 'Keep it and retake' }).click();
  await recordTake(page);
  await expect(takes(page)).toHaveCount(2);

  await page.getByRole('button', { name: 'Retake', exact: true }).click();
  await dialog.getByRole('button', { name: 'Delete it and retake' }).click();
  await expect(page.getByRole('heading', { name: 'Recording your answer' })).toBeVisible();
  await expect(takes(page)).toHaveCount(1);
  await recordTake(page);
  await expect(takes(page)).toHaveCount(2);

  await page.getByRole('button', { name: 'Retake', exact: true }).click();
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByRole('heading', { name: 'Listen back' })).toBeVisible();
});

test('discarding a take mid-answer leaves no attempt behind', async ({ studio }) => {
  const { page } = studio;
  await openQuestion(page);
  await expect(page.getByRole('heading', { name: 'Recording your answer' })).toBeVisible();
  await recordedAtLeast(page, 2);
  await page.getByRole('button', { name: 'Discard this take' }).click();
  await expect(page.getByText('The take was discarded.')).toBeVisible();
  await expect(takes(page)).toHaveCount(0);
  await page.reload();
  await expect(page.locator('.question-row').first()).toContainText(/Not practi[cs]ed yet/);
});
