import path from 'node:path';
import type { Page } from '@playwright/test';
import { loadContentDir } from '#electron/services/library/library.js';
import { repoRoot } from '#tests/support/browser-host-process.js';
import { writeBulkAttempts } from '#tests/support/bulk-attempts.js';
import type { StudioApp } from '#tests/e2e/fixtures.js';
import { seriousViolations } from '#tests/support/axe.js';
import { keepScreenshot } from '#tests/e2e/screenshots.js';

export { seriousViolations };

/** Fills the data folder with a generated history and restarts the host so it loads it. */
export async function seedHistory(studio: StudioApp, count: number, end = new Date()) {
  const content = await loadContentDir(path.join(repoRoot, 'content'));
  if (!content.ok) throw new Error('content invalid');
  // Leave a handful of questions untouched, so coverage and "not practiced" have something to say.
  const questions = content.library.questions.filter((q) => !q.id.startsWith('u'));
  const tally = writeBulkAttempts(studio.dataDir, { count, questions, end, days: 120 });
  await studio.restartHost();
  return tally;
}

/** Saves a screenshot next to the test's other output, for a person to look at. */
export async function snapshot(page: Page, name: string, outputPath: (name: string) => string) {
  await keepScreenshot(page, { path: outputPath(`${name}.png`), fullPage: true });
}

/**
 * axe in the light and the dark theme on the screen as it is, with a screenshot of each for a
 * person to look at; the page is left in the light theme.
 */
export async function checkBothThemes(page: Page, label: string, screenshotPath: (name: string) => string): Promise<string[]> {
  const found: string[] = [];
  for (const scheme of ['dark', 'light'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    // Every rule in the first scheme; the second adds only what a scheme can change.
    const only = scheme === 'dark' ? 'all' : 'colors';
    found.push(...(await seriousViolations(page, { only })).map((v) => `${label} (${scheme}): ${v}`));
    await keepScreenshot(page, { path: screenshotPath(`${label}-${scheme}.png`), fullPage: true });
  }
  return found;
}

/** How many built-in questions the library has, asked of the app (the bank grows; tests should not). */
export async function builtInQuestionCount(page: Page): Promise<number> {
  const result = await page.evaluate(() =>
    (
      window as unknown as { studio: { library: { get(): Promise<{ ok: boolean; value: { questions: { custom?: boolean }[] } }> } } }
    ).studio.library.get(),
  );
  if (!result.ok) throw new Error('library:get failed');
  return result.value.questions.filter((q) => !q.custom).length;
}
