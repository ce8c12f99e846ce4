import type { Locator, Page, TestInfo } from '@playwright/test';
import { expect } from '#tests/e2e/fixtures.js';
import { keepScreenshot } from '#tests/e2e/screenshots.js';

/** A question as a user might lift it from a job posting for a front-desk role. */
export const POSTING_QUESTION =
  'The posting says we use athenahealth for scheduling. Tell me about a time you learned a new scheduling system quickly.';

export const dialogNamed = (page: Page, name: string): Locator => page.getByRole('dialog', { name });

/** Opens the add form from the question list. */
export async function openAddForm(page: Page): Promise<Locator> {
  await page.getByRole('button', { name: 'Add your own question' }).click();
  const dialog = dialogNamed(page, 'Add your own question');
  await expect(dialog).toBeVisible();
  return dialog;
}

/** Fills the required parts of the form: text, category and two criteria. */
export async function fillRequired(dialog: Locator, text = POSTING_QUESTION) {
  await dialog.getByLabel('The question').fill(text);
  await dialog.getByLabel('Category').selectOption({ label: 'EHR and technology' });
  await dialog.getByRole('checkbox', { name: 'EHR and scheduling software' }).check();
  await dialog.getByRole('checkbox', { name: 'A concrete example' }).check();
}

/** The list row (its button) of a question, by its text. */
export const rowOf = (page: Page, text: string): Locator => page.locator('.question-row', { hasText: text });

/** Every answer main holds, through the app's own bridge (as the tests' settings helper does). */
export const answerCount = (page: Page): Promise<number> =>
  page.evaluate(async () => {
    const studio = (window as unknown as { studio: { attempts: { list(r: object): Promise<{ ok: boolean; value: unknown[] }> } } }).studio;
    const result = await studio.attempts.list({});
    return result.ok ? result.value.length : -1;
  });

/** What the window shows now (a dialog over the list), saved with the test's output for a person to look at. */
export async function screenshot(page: Page, name: string, testInfo: TestInfo) {
  await keepScreenshot(page, { path: testInfo.outputPath(`${name}.png`) });
}
