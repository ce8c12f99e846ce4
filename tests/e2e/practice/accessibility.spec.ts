import { createRequire } from 'node:module';
import fs from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, test } from '../fixtures.js';
import { openQuestion, useSettings } from './helpers.js';

const axeSource = fs.readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

type AxeViolation = { id: string; impact: string | null; help: string; nodes: Array<{ target: string[] }> };

/**
 * Runs axe-core in the page. It is evaluated through the DevTools protocol, which the page's CSP
 * (no inline scripts) does not govern, so the app is checked exactly as it ships.
 */
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
  test(`no serious accessibility problems on the main screens (${scheme})`, async ({ studio }) => {
    const { page } = studio;
    await page.emulateMedia({ colorScheme: scheme });

    await expect(page.getByRole('heading', { name: 'Check your microphone' })).toBeVisible();
    await expect(page.getByText('We can hear you')).toBeVisible();
    expect(await seriousViolations(page), 'microphone check').toEqual([]);

    await useSettings(page, { thinkSeconds: 30, autoStartRecording: false });
    expect(await seriousViolations(page), 'question list').toEqual([]);

    await openQuestion(page);
    await expect(page.getByRole('heading', { name: 'Think time' })).toBeVisible();
    expect(await seriousViolations(page), 'think time').toEqual([]);

    await page.keyboard.press('r');
    await expect(page.getByRole('heading', { name: 'Recording your answer' })).toBeVisible();
    expect(await seriousViolations(page), 'recording').toEqual([]);

    await page.waitForTimeout(1500);
    await page.keyboard.press('r');
    await expect(page.getByRole('button', { name: 'Play', exact: true })).toBeEnabled();
    await page.keyboard.press('1');
    expect(await seriousViolations(page), 'review').toEqual([]);

    await page.keyboard.press('?');
    await expect(page.getByRole('dialog')).toBeVisible();
    expect(await seriousViolations(page), 'help').toEqual([]);
    await page.keyboard.press('Escape');

    await page.getByRole('button', { name: 'Settings' }).click();
    await expect(page.getByRole('heading', { name: 'Settings' })).toBeVisible();
    expect(await seriousViolations(page), 'settings').toEqual([]);
  });
}
