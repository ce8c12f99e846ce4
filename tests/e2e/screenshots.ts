import { test, type Locator, type Page } from '@playwright/test';

/**
 * Pictures of screens for a person to look at. They assert nothing and cost a render each, so the
 * test run skips them; the "screenshots" project (`npm run screenshots`) runs the same tests and
 * keeps them in test-results/. A failing test's own picture is taken regardless (fixtures.ts).
 */
export async function keepScreenshot(target: Page | Locator, options: { path: string; fullPage?: boolean }): Promise<void> {
  const use = test.info().project.use as { keepScreenshots?: boolean };
  if (!use.keepScreenshots) return;
  if ('mainFrame' in target) await target.screenshot(options);
  else await target.screenshot({ path: options.path });
}
