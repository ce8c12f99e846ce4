import type { Page } from '@playwright/test';
import { expect, test } from '#tests/e2e/fixtures.js';
import { openQuestion } from '#tests/e2e/practice/helpers.js';
import { listAttempts } from '#tests/e2e/analysis/helpers.js';
import { checkBothThemes } from '#tests/e2e/progress/helpers.js';

// The app starts as a returning user's, with these settings (set through the host's contract).
test.use({ settings: { thinkSeconds: 0, autoStartRecording: true, speakPrompts: false } });

async function recordTake(page: Page) {
  await expect(page.getByRole('heading', { name: 'Recording your answer' })).toBeVisible({ timeout: 45_000 });
  await expect(page.locator('.answer-timer__clock > span').first()).not.toHaveText('0:00');
  await page.keyboard.press('r');
  await expect(page.getByRole('heading', { name: 'Listen back' })).toBeFocused();
}

/**
 * axe schedules its work with timers, which a paused page clock holds back: tick the clock in small
 * steps until it is done (far less page time than the undo window).
 */
async function whileTicking<T>(page: Page, work: Promise<T>): Promise<T> {
  let done = false;
  void work.finally(() => (done = true)).catch(() => undefined);
  while (!done) await page.clock.runFor(20);
  return work;
}

test('any single take can be deleted from the take list, with its audio, after a confirmation that names it', async ({ studio }) => {
  test.setTimeout(180_000);
  const { page } = studio;
  await openQuestion(page);
  await recordTake(page);
  await page.keyboard.press('t');
  await page.getByRole('button', { name: 'Keep it and retake' }).click();
  await recordTake(page);
  const takes = page.getByRole('region', { name: 'Your takes' }).getByRole('listitem');
  await expect(takes).toHaveCount(2);
  const [newest, older] = await listAttempts(page);

  // The older take (not the one under review) goes; the confirmation names it, Keep it changes nothing.
  const deleteOlder = takes.nth(1).getByRole('button', { name: /^Delete the take of / });
  await deleteOlder.click();
  const dialog = page.getByRole('dialog', { name: 'Delete this take?' });
  await expect(dialog).toContainText('will be deleted with its recording and its review');
  await expect(dialog.getByRole('button', { name: 'Keep it' })).toBeFocused();
  expect(await checkBothThemes(page, 'delete-take', test.info().outputPath.bind(test.info()))).toEqual([]);
  await page.keyboard.press('Enter');
  await expect(dialog).toBeHidden();
  await expect(takes).toHaveCount(2);

  // Confirmed, the take is hidden at once with Undo (focused) for a few seconds; nothing is deleted yet.
  await page.clock.install();
  await page.clock.pauseAt(Date.now() + 1_000);
  const undoStatus = page.getByRole('status').filter({ hasText: /^Deleted the take of / });
  await deleteOlder.click();
  await dialog.getByRole('button', { name: 'Delete the take' }).click();
  await expect(takes).toHaveCount(1);
  await expect(undoStatus.getByRole('button', { name: 'Undo' })).toBeFocused();
  expect(await whileTicking(page, checkBothThemes(page, 'undo-delete', test.info().outputPath.bind(test.info())))).toEqual([]);
  await expect(undoStatus.getByRole('button', { name: 'Undo' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(undoStatus).toHaveCount(0);
  await expect(takes).toHaveCount(2);
  // Undo goes with its notice; the focus lands on the take list, not on the page.
  await expect(page.getByRole('heading', { name: 'Your takes' })).toBeFocused();

  // Seven seconds on, it can still be brought back; brought back, it stays.
  await deleteOlder.click();
  await dialog.getByRole('button', { name: 'Delete the take' }).click();
  await expect(takes).toHaveCount(1);
  await page.clock.runFor(7_000);
  await expect(undoStatus).toBeVisible();
  expect(await listAttempts(page)).toHaveLength(2);
  await undoStatus.getByRole('button', { name: 'Undo' }).click();
  await expect(undoStatus).toHaveCount(0);
  await expect(takes).toHaveCount(2);
  await page.clock.runFor(10_000);
  expect(await listAttempts(page)).toHaveLength(2);

  // Left alone, the window closes and the take goes for real, with its audio.
  await deleteOlder.click();
  await dialog.getByRole('button', { name: 'Delete the take' }).click();
  await expect(takes).toHaveCount(1);
  await page.clock.runFor(8_000);
  await expect(undoStatus).toHaveCount(0);
  await expect(page.getByRole('heading', { name: 'Your takes' })).toBeFocused();
  await expect.poll(async () => (await listAttempts(page)).map((a) => a.id)).toEqual([newest!.id]);
  await expect(takes).toHaveCount(1);
  const audio = await page.evaluate(async (id) => {
    const studio = (window as unknown as { studio: { mediaUrl(id: string): string } }).studio;
    return (await fetch(studio.mediaUrl(id))).status;
  }, older!.id);
  expect(audio).toBe(404);

  // Deleting the take under review returns to the question. A reload inside the undo window keeps
  // the take: it is deleted only when the window closes, so nothing confirmed-but-undoable is lost.
  await takes
    .first()
    .getByRole('button', { name: /^Delete the take of / })
    .click();
  await dialog.getByRole('button', { name: 'Delete the take' }).click();
  await expect(takes).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Start this question' })).toBeVisible();
  await page.clock.resume();
  await page.reload();
  await openQuestion(page, 0, { start: false });
  await expect(takes).toHaveCount(1);
  expect((await listAttempts(page)).map((a) => a.id)).toEqual([newest!.id]);

  // Leaving the question inside the window deletes it then (the person confirmed it).
  await takes
    .first()
    .getByRole('button', { name: /^Delete the take of / })
    .click();
  await dialog.getByRole('button', { name: 'Delete the take' }).click();
  await expect(takes).toHaveCount(0);
  await page.getByRole('button', { name: '← All questions' }).click();
  await expect.poll(() => listAttempts(page)).toEqual([]);
});
