import { createRequire } from 'node:module';
import fs from 'node:fs';
import type { Page } from '@playwright/test';

const axeSource = fs.readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
type AxeViolation = { id: string; impact: string | null; help: string; nodes: Array<{ target: string[] }> };

/**
 * The axe rules a color scheme can change: the scheme swaps the palette (base.css's `light-dark()`)
 * and nothing else, so names, roles, landmarks and structure are the same in both. The second scheme
 * of a pair is checked for these only; a full run costs about three times as much.
 */
const COLOR_RULES = ['color-contrast', 'link-in-text-block'];

/**
 * axe-core's serious and critical findings on the page as it is now (`colors`: only the rules a
 * color scheme can change). axe is evaluated through the DevTools protocol, which the page's CSP
 * (no inline scripts) does not govern, so the app is checked exactly as it ships; it is put into a
 * document once, not at every check.
 */
export async function seriousViolations(page: Page, { only = 'all' }: { only?: 'all' | 'colors' } = {}): Promise<string[]> {
  await settleTransitions(page);
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
  const violations = await page.evaluate(
    async (rules) => {
      const axe = (window as unknown as { axe: { run(ctx: Document, options?: object): Promise<{ violations: AxeViolation[] }> } }).axe;
      return (await axe.run(document, rules ? { runOnly: { type: 'rule', values: rules } } : undefined)).violations;
    },
    only === 'colors' ? COLOR_RULES : null,
  );
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/**
 * Waits for every finite CSS transition and animation to end. Switching the color scheme starts
 * the buttons' 120 ms background transition while their text colour flips at once; axe run inside
 * that window measures a half-faded background and reports a contrast failure nobody ever sees.
 * Endless animations (the speaking pulse) are left running: they never settle.
 */
async function settleTransitions(page: Page): Promise<void> {
  await page.evaluate(async () => {
    const finite = document.getAnimations().filter((a) => a.effect?.getComputedTiming().endTime !== Infinity);
    await Promise.all(finite.map((a) => a.finished.catch(() => undefined)));
  });
}

/**
 * The serious findings in the light and the dark color scheme, each labeled with its scheme: one
 * walk through a flow checks both, instead of a second test repeating the whole setup. Every rule
 * runs in light; dark adds what a scheme can change (COLOR_RULES). Leaves the
 * page in the scheme it was in before (light unless a test chose otherwise).
 */
export async function seriousViolationsLightAndDark(page: Page, restore: 'light' | 'dark' = 'light'): Promise<string[]> {
  const found: string[] = [];
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    const only = scheme === 'light' ? 'all' : 'colors';
    found.push(...(await seriousViolations(page, { only })).map((finding) => `${scheme}: ${finding}`));
  }
  await page.emulateMedia({ colorScheme: restore });
  return found;
}
