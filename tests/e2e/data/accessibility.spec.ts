import { expect, test } from '#tests/e2e/fixtures.js';
import { seedAnswers } from './seed.js';
import { seriousViolations } from '#tests/support/axe.js';

for (const scheme of ['light', 'dark'] as const) {
  test(`Your data has no serious accessibility problems, every control named (${scheme})`, async ({ studio }) => {
    const { page } = studio;
    await page.emulateMedia({ colorScheme: scheme });
    await seedAnswers(page, ['insurance-denial'], { reviewed: true });
    await page.getByRole('button', { name: 'Your data' }).click();
    await page.getByLabel('Only some answers').check();
    await page.getByLabel('Delete recordings older than a number of days').check();
    await page.getByRole('button', { name: 'Export', exact: true }).click();
    await expect(page.getByRole('link', { name: /^Download / })).toBeVisible();
    expect(await seriousViolations(page), 'Your data').toEqual([]);

    await page.getByRole('button', { name: 'Delete everything…' }).click();
    expect(await seriousViolations(page), 'delete everything dialog').toEqual([]);
  });
}
