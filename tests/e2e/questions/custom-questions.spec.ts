import { expect, test } from '#tests/e2e/fixtures.js';
import { recordedAtLeast } from '#tests/e2e/practice/helpers.js';
import { answerCount, dialogNamed, fillRequired, openAddForm, POSTING_QUESTION, rowOf } from './helpers.js';

// The app starts as a returning user's, with these settings (set through the host's contract).
test.use({ settings: { thinkSeconds: 0, autoStartRecording: true, speakPrompts: false } });

test('a question from a job posting: add it, practice it at once, find it in the list, edit it, delete it and keep its answer', async ({
  studio,
}) => {
  const { page } = studio;

  // Saving an empty form says what is missing, beside each field, and goes to the first one.
  const dialog = await openAddForm(page);
  await dialog.getByRole('button', { name: 'Add question' }).click();
  await expect(dialog.getByText('Write the question as the interviewer would ask it.')).toBeVisible();
  await expect(dialog.getByText('Choose the category it belongs to.')).toBeVisible();
  await expect(dialog.getByText('Tick at least one thing to judge your answer by.')).toBeVisible();
  await expect(dialog.getByLabel('The question')).toBeFocused();
  await expect(dialog.getByLabel('The question')).toHaveAttribute('aria-invalid', 'true');

  await fillRequired(dialog);
  await expect(dialog.getByText('Write the question as the interviewer would ask it.')).toBeHidden();
  await dialog.getByText(/^More:/).click();
  await dialog.getByRole('textbox', { name: 'Follow-up 1' }).fill('Which features did you use most?');
  await dialog.getByLabel('Difficulty').selectOption('hard');
  await dialog.getByRole('button', { name: 'Add question' }).click();
  await expect(dialog).toBeHidden();

  // Practiced right away: "Practice it now" has focus, Enter opens the question and R starts the take.
  await expect(page.getByRole('status').filter({ hasText: `Added “${POSTING_QUESTION}” to your questions.` })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Practice it now' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('#question-text')).toHaveText(POSTING_QUESTION);
  await expect(page.getByRole('button', { name: 'Start this question' })).toBeFocused();
  await page.keyboard.press('r');
  await expect(page.getByRole('heading', { name: 'Recording your answer' })).toBeVisible();
  await recordedAtLeast(page, 2);
  await page.keyboard.press('r');
  await expect(page.getByRole('heading', { name: 'Listen back' })).toBeVisible();
  // The review checklist is the criteria the user ticked, in the guide's order.
  await expect(page.locator('fieldset.criterion legend')).toHaveText([/A concrete example/, /EHR and scheduling software/]);
  await page.getByRole('button', { name: '← All questions' }).click();

  // In the list, under its category, marked as the user's, with its answer counted; still there after a reload.
  const section = page.getByRole('region', { name: 'EHR and technology' });
  await expect(rowOf(page, POSTING_QUESTION)).toContainText('Yours');
  await expect(section.locator('.question-row').last()).toContainText(POSTING_QUESTION);
  await expect(rowOf(page, POSTING_QUESTION)).toContainText('1 attempt');
  await expect(rowOf(page, POSTING_QUESTION)).toContainText('hard');
  await page.reload();
  await expect(rowOf(page, POSTING_QUESTION)).toContainText('1 attempt');

  // Edit: the form opens filled in; the change shows in the list.
  await page.getByRole('button', { name: `Edit: ${POSTING_QUESTION}` }).click();
  const editor = dialogNamed(page, 'Edit your question');
  await expect(editor.getByLabel('The question')).toHaveValue(POSTING_QUESTION);
  await expect(editor.getByRole('checkbox', { name: 'EHR and scheduling software' })).toBeChecked();
  const edited = 'Tell me about a time you learned athenahealth, or another scheduling system, quickly.';
  await editor.getByLabel('The question').fill(edited);
  await editor.getByRole('button', { name: 'Save changes' }).click();
  await expect(editor).toBeHidden();
  await expect(page.getByRole('status').filter({ hasText: `Saved your changes to “${edited}”.` })).toBeVisible();
  await expect(rowOf(page, edited)).toContainText('1 attempt');
  await expect(rowOf(page, POSTING_QUESTION)).toHaveCount(0);

  // Delete: the confirmation says the answer stays; cancelling changes nothing.
  await page.getByRole('button', { name: `Delete: ${edited}` }).click();
  const confirm = dialogNamed(page, 'Delete this question?');
  await expect(confirm).toContainText('Your 1 answer to it will be kept');
  await expect(confirm.getByRole('button', { name: 'Keep it' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(confirm).toBeHidden();
  await expect(rowOf(page, edited)).toBeVisible();

  await page.getByRole('button', { name: `Delete: ${edited}` }).click();
  await confirm.getByRole('button', { name: 'Delete question' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Your 1 answer to it was kept.' })).toBeVisible();
  await expect(rowOf(page, edited)).toHaveCount(0);
  expect(await answerCount(page)).toBe(1);

  // The kept answer still counts in progress, and shows under Your data as an answer to a deleted question.
  await page.getByRole('button', { name: 'Progress' }).click();
  await expect(page.getByRole('heading', { name: 'Progress' })).toBeVisible();
  await page.getByRole('button', { name: 'Your data' }).click();
  await expect(page.getByText(/\(deleted question\) custom-/).first()).toBeAttached();
});

test('the words of a built-in question are refused, with the reason in the form', async ({ studio }) => {
  const { page } = studio;
  const dialog = await openAddForm(page);
  await fillRequired(dialog, 'why do you want to work at our facility in particular');
  await dialog.getByRole('button', { name: 'Add question' }).click();
  await expect(dialog.getByRole('alert')).toContainText('That question is already in the list');
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await dialogNamed(page, 'Discard your changes?').getByRole('button', { name: 'Discard changes' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.locator('.tag--yours')).toHaveCount(0);
});

test('a stray Esc keeps what was typed: closing a changed form asks first, an untouched one just closes', async ({ studio }) => {
  const { page } = studio;
  let dialog = await openAddForm(page);
  await dialog.getByLabel('The question').fill(POSTING_QUESTION);
  await page.keyboard.press('Escape');
  const discard = dialogNamed(page, 'Discard your changes?');
  await expect(discard).toBeVisible();
  await expect(discard.getByRole('button', { name: 'Keep editing' })).toBeFocused();

  // Esc again answers "keep editing": back in the form with the words still there.
  await page.keyboard.press('Escape');
  await expect(discard).toBeHidden();
  await expect(dialog).toBeVisible();
  await expect(dialog.getByLabel('The question')).toHaveValue(POSTING_QUESTION);

  // Cancel asks too; discarding closes the form, and the next one starts empty.
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await discard.getByRole('button', { name: 'Discard changes' }).click();
  await expect(dialog).toBeHidden();
  dialog = await openAddForm(page);
  await expect(dialog.getByLabel('The question')).toHaveValue('');

  // Typing and then removing it again is no change: Esc closes at once.
  await dialog.getByLabel('The question').fill('x');
  await dialog.getByLabel('The question').fill('');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(discard).toBeHidden();
});

test('a damaged questions file is set aside with a notice, and every built-in question is still there', async ({ studio }) => {
  const { page } = studio;
  const dialog = await openAddForm(page);
  await fillRequired(dialog);
  await dialog.getByRole('button', { name: 'Add question' }).click();
  await expect(rowOf(page, POSTING_QUESTION)).toBeVisible();
  const before = await page.locator('.question-row').count();

  const fs = await import('node:fs');
  const path = await import('node:path');
  fs.writeFileSync(path.join(studio.dataDir, 'custom-questions.json'), '{"version":1,"questions":[{"id":"custom-');
  await studio.restartHost();

  const notices = page.getByRole('region', { name: 'Notices' });
  await expect(notices).toContainText('Your own questions could not be read (the file is not valid JSON');
  await expect(notices).toContainText('The built-in questions are all here.');
  await expect(page.locator('.question-row')).toHaveCount(before - 1);
  const aside = fs.readdirSync(studio.dataDir).filter((n) => n.startsWith('custom-questions.json.damaged-'));
  expect(aside).toHaveLength(1);
});
