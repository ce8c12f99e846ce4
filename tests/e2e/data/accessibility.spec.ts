import { expect, test } from '#tests/e2e/fixtures.js';
import { seedAnswers } from './seed.js';
import { seriousViolationsLightAndDark } from '#tests/support/axe.js';

test(`Your data has no serious accessibility problems, every control named (light and dark)`, async ({ studio }) => {
  test.setTimeout(180_000); // every step checked in two schemes
  const { page } = studio;
  await seedAnswers(page, ['insurance-denial'], { reviewed: true });
  await page.getByRole('button', { name: 'Your data' }).click();
  await page.getByLabel('Only some answers').check();
  await page.getByLabel('Delete recordings older than a number of days').check();
  await page.getByRole('button', { name: 'Export', exact: true }).click();
  await expect(page.getByRole('link', { name: /^Download / })).toBeVisible();
  expect(await seriousViolationsLightAndDark(page), 'Your data').toEqual([]);

  await page.getByRole('button', { name: 'Delete everything…' }).click();
  expect(await seriousViolationsLightAndDark(page), 'delete everything dialog').toEqual([]);
});
