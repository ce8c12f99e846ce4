import { expect, test } from '#tests/e2e/fixtures.js';

import { seriousViolationsLightAndDark as seriousViolations } from '#tests/support/axe.js';
import { dialogNamed, fillRequired, openAddForm, POSTING_QUESTION, screenshot } from './helpers.js';

// The app starts as a returning user's, with these settings (set through the host's contract).
test.use({ settings: { thinkSeconds: 0 } });

// One walk through the forms, each step checked in the light and the dark scheme (screenshots in light).
const scheme = 'light';

test('adding, editing and deleting your own question has no serious accessibility problems (light and dark)', async ({
  studio,
}, testInfo) => {
  const { page } = studio;

  // Keyboard only: the add button, the fields in order, a criterion ticked with Space, then the save button.
  await page.getByRole('button', { name: 'Add your own question' }).focus();
  await page.keyboard.press('Enter');
  const dialog = dialogNamed(page, 'Add your own question');
  await expect(dialog.getByLabel('The question')).toBeFocused();
  await screenshot(page, `${scheme}-1-add-empty`, testInfo);
  expect(await seriousViolations(page), 'empty form').toEqual([]);

  await page.keyboard.type('What would you do if the scheduling system went down during the morning rush?');
  await page.keyboard.press('Tab');
  await expect(dialog.getByLabel('Category')).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(dialog.getByRole('checkbox', { name: 'STAR structure' })).toBeFocused();
  await page.keyboard.press('Space');
  await expect(dialog.getByRole('checkbox', { name: 'STAR structure' })).toBeChecked();
  for (
    let i = 0;
    i < 40 && !(await dialog.getByRole('button', { name: 'Add question' }).evaluate((b) => b === document.activeElement));
    i++
  ) {
    await page.keyboard.press('Tab');
  }
  await page.keyboard.press('Enter');
  // The category was never chosen: its message shows and focus goes there.
  await expect(dialog.getByText('Choose the category it belongs to.')).toBeVisible();
  await expect(dialog.getByLabel('Category')).toBeFocused();
  await screenshot(page, `${scheme}-2-add-errors`, testInfo);
  await dialog.getByText(/^More:/).click();
  await screenshot(page, `${scheme}-3-add-more-open`, testInfo);
  await dialog.getByLabel('Difficulty').scrollIntoViewIfNeeded();
  await screenshot(page, `${scheme}-3-add-more-end`, testInfo);
  expect(await seriousViolations(page), 'form with a message and More open').toEqual([]);
  // Esc on a form with typing in it asks before throwing the typing away.
  await page.keyboard.press('Escape');
  const discard = dialogNamed(page, 'Discard your changes?');
  await expect(discard.getByRole('button', { name: 'Keep editing' })).toBeFocused();
  await screenshot(page, `${scheme}-3-discard`, testInfo);
  expect(await seriousViolations(page), 'discard question').toEqual([]);
  await discard.getByRole('button', { name: 'Discard changes' }).click();
  await expect(dialog).toBeHidden();

  const form = await openAddForm(page);
  await fillRequired(form);
  await form.getByRole('button', { name: 'Add question' }).click();
  await expect(page.getByRole('button', { name: 'Practice it now' })).toBeFocused();
  await screenshot(page, `${scheme}-4-added`, testInfo);
  await page.getByRole('button', { name: `Edit: ${POSTING_QUESTION}` }).scrollIntoViewIfNeeded();
  await screenshot(page, `${scheme}-5-list-with-yours`, testInfo);
  expect(await seriousViolations(page), 'list with your question').toEqual([]);

  await page.getByRole('button', { name: `Edit: ${POSTING_QUESTION}` }).click();
  await expect(dialogNamed(page, 'Edit your question')).toBeVisible();
  expect(await seriousViolations(page), 'edit form').toEqual([]);
  await page.keyboard.press('Escape');

  await page.getByRole('button', { name: `Delete: ${POSTING_QUESTION}` }).click();
  await expect(dialogNamed(page, 'Delete this question?')).toBeVisible();
  await screenshot(page, `${scheme}-6-delete`, testInfo);
  expect(await seriousViolations(page), 'delete confirmation').toEqual([]);
});
