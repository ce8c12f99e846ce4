import { createRequire } from 'node:module';
import fs from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, test } from '../fixtures.js';
import { seedAnswers } from './seed.js';

const axeSource = fs.readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
type AxeViolation = { id: string; impact: string | null; help: string; nodes: Array<{ target: string[] }> };

/** axe-core through the DevTools protocol (the page's CSP does not govern it): serious and critical only. */
async function seriousViolations(page: Page): Promise<string[]> {
  await page.evaluate(axeSource);
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(ctx: Document): Promise<{ violations: AxeViolation[] }> } }).axe;
    return (await axe.run(document)).violations;
  });
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

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
