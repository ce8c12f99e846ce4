import { expect, test } from '#tests/e2e/fixtures.js';
import { openQuestion, recordedAtLeast, useSettings } from './helpers.js';

// The app starts as a returning user's, with these settings (set through the host's contract).
test.use({ settings: { thinkSeconds: 0, autoStartRecording: true, speakPrompts: false } });

test('a recording cut off by a crash comes back with a dismissible notice', async ({ studio }) => {
  const { page } = studio;
  await openQuestion(page);
  await expect(page.getByRole('heading', { name: 'Recording your answer' })).toBeVisible();
  await recordedAtLeast(page, 3);

  await studio.restartHost('SIGKILL');

  const notices = page.getByRole('region', { name: 'Notices' });
  await expect(notices).toBeVisible();
  await expect(notices.getByRole('status').first()).not.toBeEmpty();
  await expect(page.locator('.question-row').first()).toContainText('1 attempt');

  await notices
    .getByRole('button', { name: /^Dismiss/ })
    .first()
    .click();
  await expect(notices).toBeHidden();
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Practice questions' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Notices' })).toBeHidden();

  // The rescued take opens for replay like any other (think time keeps the take list usable).
  await useSettings(page, { thinkSeconds: 60 });
  await openQuestion(page);
  await page.getByRole('button', { name: /recovered/ }).click();
  await expect(page.getByRole('button', { name: 'Play', exact: true })).toBeEnabled();
});
