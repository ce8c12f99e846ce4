import { expect, test } from '#tests/e2e/fixtures.js';

import { fillRequired, openAddForm, rowOf, POSTING_QUESTION } from './helpers.js';
import { keepScreenshot } from '#tests/e2e/screenshots.js';

// The app starts as a returning user's, with these settings (set through the host's contract).
test.use({ settings: {} });

test('your own question with a must-have: written under More, kept, and shown back when you edit it', async ({ studio }, testInfo) => {
  const { page } = studio;
  const dialog = await openAddForm(page);
  await fillRequired(dialog);
  await dialog.getByText(/^More: /).click();
  await dialog.getByLabel('Must-have 1').fill('Name the system and how fast I learned it');
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await dialog.getByLabel('Must-have 1').scrollIntoViewIfNeeded();
    await keepScreenshot(page, { path: testInfo.outputPath(`form-${scheme}.png`) });
  }
  await dialog.getByRole('button', { name: 'Add question' }).click();
  await expect(dialog).toBeHidden();

  const stored = await page.evaluate(async () => {
    const studio = (
      window as unknown as {
        studio: { library: { get(): Promise<{ ok: boolean; value: { questions: { text: string; mustHaves?: unknown }[] } }> } };
      }
    ).studio;
    const result = await studio.library.get();
    return result.ok ? result.value.questions.find((q) => q.text.startsWith('The posting says'))?.mustHaves : null;
  });
  expect(stored).toEqual([{ id: 'name-the-system-and-how-fast-i-learned', text: 'Name the system and how fast I learned it' }]);

  await expect(rowOf(page, POSTING_QUESTION)).toBeVisible();
  await page.getByRole('button', { name: `Edit: ${POSTING_QUESTION}` }).click();
  await expect(page.getByLabel('Must-have 1')).toHaveValue('Name the system and how fast I learned it');
});
