import { expect, test } from '#tests/e2e/fixtures.js';
import { useSettings } from '#tests/e2e/practice/helpers.js';
import { checkBothThemes, seedHistory } from './helpers.js';

test('a printable readiness report for a mentor, from progress', async ({ studio }, testInfo) => {
  const { page } = studio;
  await seedHistory(studio, 400);
  await useSettings(page, {});
  await page.getByRole('button', { name: 'Progress', exact: true }).click();
  await page.getByRole('button', { name: 'Readiness report for a mentor' }).click();

  await expect(page.getByRole('heading', { name: 'Interview readiness — Patient Coordinator' })).toBeVisible();
  await expect(page.getByText(/from 400 recorded answers/)).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Criteria and must-haves' })).toBeVisible();
  await expect(page.getByRole('row', { name: /STAR/ }).first()).toBeVisible();
  await expect(page.getByRole('row', { name: /Questions’ own must-haves/ })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Suggested next steps' })).toBeVisible();
  expect(await page.locator('.report__steps li').count()).toBeGreaterThan(0);
  expect(await checkBothThemes(page, 'readiness-report', (n) => testInfo.outputPath(n))).toEqual([]);

  // On paper only the report shows: no navigation, no buttons.
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.app-header')).toBeHidden();
  await expect(page.getByRole('button', { name: 'Print or save as PDF' })).toBeHidden();
  await expect(page.getByRole('heading', { name: 'Suggested next steps' })).toBeVisible();
  await page.emulateMedia({ media: 'screen' });

  // The print button opens the system's print dialog (here: observed, not shown).
  await page.evaluate(() => {
    (window as unknown as { printed: number }).printed = 0;
    window.print = () => void ((window as unknown as { printed: number }).printed += 1);
  });
  await page.getByRole('button', { name: 'Print or save as PDF' }).click();
  expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);

  await page.getByRole('button', { name: '← Back to progress' }).click();
  await expect(page.getByRole('heading', { name: 'Your progress' })).toBeVisible();
});
