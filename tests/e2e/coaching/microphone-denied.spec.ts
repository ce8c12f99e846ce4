import { expect, test } from '#tests/e2e/fixtures.js';
import { checkBothThemes } from '#tests/e2e/progress/helpers.js';

test.use({ micMode: 'denied' });

test('a denied microphone: the check offers Try again as its main action with the steps for this system, not "Use this microphone"', async ({
  studio,
}) => {
  const { page } = studio;
  await expect(page.getByRole('heading', { name: 'Check your microphone' })).toBeVisible();
  await expect(page.getByRole('alert')).toContainText('Microphone access is blocked');
  await expect(page.getByRole('button', { name: 'Use this microphone' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Try again' })).toHaveClass(/button--primary/);
  // Headless Chromium on Linux: its own steps first, the other systems one press away.
  await expect(page.getByRole('heading', { name: 'How to let Interview Studio use the microphone on Linux' })).toBeVisible();
  await expect(page.getByText('On macOS')).toBeVisible();
  await expect(page.getByText('On Windows')).toBeVisible();
  expect(await checkBothThemes(page, 'mic-denied', test.info().outputPath.bind(test.info()))).toEqual([]);

  // Still refused on a second try: it says so again, nothing else happens.
  await page.getByRole('button', { name: 'Try again' }).click();
  await expect(page.getByRole('alert')).toContainText('Microphone access is blocked');
  await expect(page.getByRole('button', { name: 'Skip for now' })).toBeVisible();
});
