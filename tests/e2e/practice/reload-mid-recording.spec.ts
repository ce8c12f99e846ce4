import { expect, test } from '#tests/e2e/fixtures.js';
import { openQuestion } from './helpers.js';

// The app starts as a returning user's, with these settings (set through the host's contract).
test.use({ settings: { thinkSeconds: 0, autoStartRecording: true, speakPrompts: false } });

/**
 * Issue 19 item 8: a reload during an answer (the browser's, or Electron's View → Reload) used
 * to take the person to the list with no sign of the take until main next started. Now the page
 * that starts has main finish the take at once, and the notice names the question.
 */
test('a reload during an answer shows the take at once, with a notice naming the question', async ({ studio }) => {
  const { page } = studio;
  await openQuestion(page);
  const question = (await page.locator('#question-text').textContent())!.trim();
  await expect(page.getByRole('heading', { name: 'Recording your answer' })).toBeVisible();
  // Two chunks acknowledged by main: audio the take must keep (no clock: the requests themselves).
  for (let i = 0; i < 2; i++) {
    await page.waitForResponse((r) => r.url().includes('/api/recordings:append') && r.ok());
  }

  await page.reload();

  const notices = page.getByRole('region', { name: 'Notices' });
  await expect(notices).toBeVisible();
  await expect(notices).toContainText('interrupted when the page reloaded');
  await expect(notices).toContainText(question.slice(0, 40));
  await expect(page.locator('.question-row').first()).toContainText('1 attempt');
});
