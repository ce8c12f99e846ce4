import type { Page } from '@playwright/test';
import { expect, test } from '#tests/e2e/fixtures.js';
import { recordedAtLeast } from './helpers.js';

// The app starts as a returning user's, with these settings (set through the host's contract).
test.use({ settings: { thinkSeconds: 30, autoStartRecording: false } });

/** Presses Tab until the focused element matches, as a keyboard user would. */
async function tabTo(page: Page, matches: (el: Element) => boolean, max = 40) {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    const handle = await page.evaluateHandle(() => document.activeElement);
    if (await handle.evaluate(matches)) return;
  }
  throw new Error('Tab never reached the element');
}

test('a whole rehearsal by keyboard alone', async ({ studio }) => {
  const { page } = studio;

  // Pick a question.
  await expect(page.getByRole('heading', { name: 'Practice questions' })).toBeFocused();
  await tabTo(page, (el) => el.classList.contains('question-row'));
  await page.keyboard.press('Enter');

  // Opening shows the question; nothing runs until R (Start is focused). The prompt falls back
  // quietly; think time starts with its button focused. R answers now.
  await expect(page.getByRole('button', { name: 'Start this question' })).toBeFocused();
  await expect(page.getByRole('heading', { name: 'Think time' })).toHaveCount(0);
  await page.keyboard.press('r');
  await expect(page.getByRole('button', { name: 'Start answering now' })).toBeFocused();
  await page.keyboard.press('r');
  await expect(page.getByRole('heading', { name: 'Recording your answer' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Stop and review' })).toBeFocused();
  await recordedAtLeast(page, 3);
  await page.keyboard.press('r');

  // Review: replay with P, marks with number keys.
  await expect(page.getByRole('heading', { name: 'Listen back' })).toBeFocused();
  await expect(page.getByRole('button', { name: 'Play', exact: true })).toBeEnabled();
  await page.keyboard.press('p');
  await expect(page.getByRole('button', { name: 'Pause' })).toBeVisible();
  await page.keyboard.press('p');
  await expect(page.getByRole('button', { name: 'Play', exact: true })).toBeVisible();

  const criteria = page.locator('fieldset.criterion');
  await page.keyboard.press('1');
  await expect(criteria.nth(0).getByLabel('Met', { exact: true })).toBeChecked();
  await page.keyboard.press('2');
  await page.keyboard.press('2');
  await expect(criteria.nth(1).getByLabel('Partly')).toBeChecked();
  await page.keyboard.press('1');
  await page.keyboard.press('1');
  await page.keyboard.press('1');
  await expect(criteria.nth(0).locator('input:checked')).toHaveCount(0); // cycled back to unmarked

  // Seek on the waveform with arrow keys.
  await tabTo(page, (el) => el.getAttribute('role') === 'slider');
  await page.keyboard.press('End');
  const slider = page.getByRole('slider', { name: 'Playback position' });
  await expect(slider).toHaveAttribute('aria-valuenow', (await slider.getAttribute('aria-valuemax'))!);
  await page.keyboard.press('Home');
  await expect(slider).toHaveAttribute('aria-valuenow', '0');

  // Rating by arrow keys in its radio group, then the note, saved when focus leaves it.
  await tabTo(page, (el) => el instanceof HTMLInputElement && el.name === 'rating');
  await page.keyboard.press('Space');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('radio', { name: /^3 — / })).toBeChecked();
  await tabTo(page, (el) => el instanceof HTMLTextAreaElement);
  await page.keyboard.type('Slow down at the start.');
  await page.keyboard.press('Shift+Tab');
  await expect(page.getByText('Saved', { exact: true })).toBeVisible();

  // Help lists the shortcuts and closes with Escape.
  await page.keyboard.press('?');
  const help = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(help).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(help).toBeHidden();
});
