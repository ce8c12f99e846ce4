import type { Page } from '@playwright/test';
import { expect, test } from '#tests/e2e/fixtures.js';
import { ageAnswers, bridgeCall, seedAnswers } from '#tests/e2e/data/seed.js';
import { seriousViolations } from '#tests/support/axe.js';
import { seedFlowData, STAR_QUESTION, tooWide, visitFlowScreens } from './flow-screens.js';
import { keepScreenshot } from '#tests/e2e/screenshots.js';

/**
 * What a new person sees on day one and after a month, in small windows, in both themes: issue 16.
 * Screenshots go to the test's output folder for a person to look at.
 */

const SCREENS = ['Questions', 'Due today', 'Mock interview', 'Facility', 'Progress', 'Your data', 'Settings'] as const;

/** The page's own check: nothing wider than the window, so nothing needs a sideways scroll. */
async function overflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

/** A screen fits the window: no sideways scroll, no element wider than the window; a screenshot to look at. */
async function expectFits(page: Page, screen: string, shot: string) {
  expect(await tooWide(page), `${screen} is wider than the window`).toEqual([]);
  await keepScreenshot(page, { path: shot });
}

async function open(page: Page, screen: string) {
  const nav = page.getByRole('navigation', { name: 'Main' });
  const menu = page.getByRole('button', { name: 'Menu' });
  const tab = nav.getByRole('button', { name: screen, exact: true });
  // The app may still be loading after a reload: wait for its header, folded (Menu) or not (the tab).
  await expect(menu.or(tab).first()).toBeVisible();
  if (await menu.isVisible()) await menu.click();
  await tab.click();
  await expect(page.locator('h1').first()).toBeVisible();
  await expect(page.getByText('Loading…')).toHaveCount(0);
}

/** A measured answer, as the review's analysis would save it. */
const measured = (speechS: number, pauses: number) => ({
  durationMs: (speechS + 4) * 1000,
  speechMs: speechS * 1000,
  leadingSilenceMs: 1500,
  trailingSilenceMs: 2500,
  pauses: [],
  pauseCount: pauses,
  longestPauseMs: pauses ? 900 : 0,
  speechLevelDb: -22,
  levelSteadinessDb: 7,
  noiseFloorDb: -60,
  clippedShare: 0,
});

async function seedMeasured(page: Page, questionIds: string[]): Promise<string[]> {
  const ids = await seedAnswers(page, questionIds, { reviewed: true });
  for (const [i, attemptId] of ids.entries()) {
    await bridgeCall(page, 'attempts', 'measure', { attemptId, measurements: measured(40 + i * 7, i % 3) });
  }
  await page.reload();
  return ids;
}

test.describe('small windows', () => {
  test('every screen fits a 1024×640 window, with the header on one line', async ({ studio }, testInfo) => {
    test.slow(); // every screen and a take's whole way, on a shared machine
    const { page } = studio;
    await page.clock.install();
    const ids = await seedMeasured(page, ['insurance-denial', STAR_QUESTION, STAR_QUESTION]);
    await seedFlowData(page, ids.slice(1));
    await page.setViewportSize({ width: 1024, height: 640 });
    for (const screen of SCREENS) {
      await open(page, screen);
      await expectFits(page, screen, testInfo.outputPath(`1024-${screen}.png`));
      const header = await page.locator('.app-header').boundingBox();
      expect(header!.height, `${screen}: the header wraps`).toBeLessThan(64);
    }
    await visitFlowScreens(
      page,
      { open: (screen) => open(page, screen), check: (screen) => expectFits(page, screen, testInfo.outputPath(`1024-${screen}.png`)) },
      '1024×640',
    );
  });

  test('at 200 % zoom (a 640 px wide page) the tabs fold into a menu and no screen overflows', async ({ studio }, testInfo) => {
    test.slow(); // every screen and a take's whole way, on a shared machine
    const { page } = studio;
    await page.clock.install();
    const ids = await seedMeasured(page, [STAR_QUESTION, STAR_QUESTION]);
    await seedFlowData(page, ids);
    await page.setViewportSize({ width: 640, height: 400 });
    await expect(page.getByRole('button', { name: 'Menu' })).toBeVisible();
    await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Settings' })).toBeHidden();
    for (const screen of SCREENS) {
      await open(page, screen);
      await expectFits(page, screen, testInfo.outputPath(`zoom200-${screen}.png`));
    }
    await expect(page.getByRole('button', { name: 'Menu' })).toHaveAttribute('aria-expanded', 'false');
    await visitFlowScreens(
      page,
      { open: (screen) => open(page, screen), check: (screen) => expectFits(page, screen, testInfo.outputPath(`zoom200-${screen}.png`)) },
      '200 % zoom',
    );
  });
});

test.describe('settings', () => {
  test('save as they change and say on the field what is wrong, all by keyboard', async ({ studio }) => {
    const { page } = studio;
    await bridgeCall(page, 'settings', 'set', { micCheckDone: true });
    await page.reload();
    await open(page, 'Settings');
    await expect(page.getByRole('button', { name: /save/i })).toHaveCount(0);

    const think = page.getByRole('spinbutton', { name: 'Think time' });
    await think.focus();
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.type('-3');
    await page.keyboard.press('Tab');
    const error = 'Think time must be a whole number of seconds, 0 or more.';
    await expect(page.getByText(error)).toBeVisible();
    await expect(think).toHaveAttribute('aria-invalid', 'true');
    await expect(think).toHaveAccessibleDescription(new RegExp(`^${error}`));
    await expect(page.getByText(/Malformed|settings:set/)).toHaveCount(0);
    expect((await bridgeCall<{ thinkSeconds: number }>(page, 'settings', 'get')).thinkSeconds).toBe(30);

    await think.focus();
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.type('12');
    await page.keyboard.press('Tab');
    await expect(page.getByText(error)).toHaveCount(0);
    await expect(page.getByRole('status').filter({ hasText: 'Saved' })).toBeVisible();
    expect((await bridgeCall<{ thinkSeconds: number }>(page, 'settings', 'get')).thinkSeconds).toBe(12);

    // The two target lengths must agree: the rule is said under both, and neither is sent.
    const longest = page.getByRole('spinbutton', { name: 'Longest good answer' });
    await longest.focus();
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.type('30');
    await page.keyboard.press('Tab');
    await expect(page.getByText('The shortest good answer must be shorter than the longest.')).toBeVisible();
    await expect(longest).toHaveAttribute('aria-invalid', 'true');
    expect((await bridgeCall<{ answerTargetMaxSeconds: number }>(page, 'settings', 'get')).answerTargetMaxSeconds).toBe(120);

    // Leaving right after typing keeps the change: nothing is lost on leaving.
    await think.focus();
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.type('45');
    await open(page, 'Questions');
    await expect.poll(async () => (await bridgeCall<{ thinkSeconds: number }>(page, 'settings', 'get')).thinkSeconds).toBe(45);
  });

  test('the theme switch takes effect at once and both themes pass axe', async ({ studio }, testInfo) => {
    // Many screens, both themes, three sizes: more than the usual time on a shared machine.
    test.slow();
    const { page } = studio;
    await seedMeasured(page, ['insurance-denial', 'nervous-patient']);
    await page.emulateMedia({ colorScheme: 'light' });
    await open(page, 'Settings');
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');

    const dark = page.getByRole('radio', { name: 'Dark' });
    await page.getByRole('radio', { name: 'Same as the system' }).focus();
    await page.keyboard.press('ArrowDown'); // Light
    await page.keyboard.press('ArrowDown'); // Dark
    await expect(dark).toBeChecked();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    expect((await bridgeCall<{ theme: string }>(page, 'settings', 'get')).theme).toBe('dark');
    expect(await seriousViolations(page)).toEqual([]);
    await keepScreenshot(page, { path: testInfo.outputPath('settings-dark.png'), fullPage: true });

    // The choice outlasts a reload, and beats the system's own light scheme.
    await page.reload();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    for (const screen of ['Questions', 'Progress'] as const) {
      await open(page, screen);
      expect(await seriousViolations(page), `${screen} in dark`).toEqual([]);
    }

    await open(page, 'Settings');
    await page.getByRole('radio', { name: 'Light' }).check();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
    // The same screens were checked with every rule in dark; a theme changes only their colors.
    expect(await seriousViolations(page, { only: 'colors' })).toEqual([]);
    for (const screen of ['Questions', 'Progress'] as const) {
      await open(page, screen);
      expect(await seriousViolations(page, { only: 'colors' }), `${screen} in light`).toEqual([]);
    }

    // "Same as the system" follows the system as it changes.
    await open(page, 'Settings');
    await page.getByRole('radio', { name: 'Same as the system' }).check();
    await page.emulateMedia({ colorScheme: 'dark' });
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  });
});

test.describe('progress on day one and after a month', () => {
  const sizes = [
    { width: 1280, height: 800 },
    { width: 1440, height: 900 },
    { width: 1024, height: 640 },
  ];

  async function reviewProgress(page: Page, label: string, outputPath: (name: string) => string) {
    for (const size of sizes) {
      await page.setViewportSize(size);
      for (const scheme of ['light', 'dark'] as const) {
        await page.emulateMedia({ colorScheme: scheme });
        await expect(page.locator('html')).toHaveAttribute('data-theme', scheme);
        expect(await overflow(page), `${label} at ${size.width}`).toBeLessThanOrEqual(0);
        await keepScreenshot(page, { path: outputPath(`progress-${label}-${size.width}-${scheme}.png`), fullPage: true });
      }
    }
  }

  test('day one: the charts show today’s real date', async ({ studio }, testInfo) => {
    // Many screens, both themes, three sizes: more than the usual time on a shared machine.
    test.slow();
    const { page } = studio;
    await page.clock.setFixedTime(new Date());
    await seedMeasured(page, ['insurance-denial', 'nervous-patient', 'copay-at-check-in']);
    await open(page, 'Progress');
    const today = new Date().toLocaleDateString(undefined, { month: 'short', day: 'numeric' });
    const chart = page.getByRole('img', { name: /^Speaking time per answer/ });
    await expect(chart).toHaveAccessibleName(new RegExp(`on ${today}`));
    await expect(chart.locator('canvas')).toBeVisible();
    // The numbers behind the chart: one row, today.
    await chart.locator('xpath=..').getByText('Show the numbers').click();
    const speaking = page.getByRole('table', { name: 'Speaking time per answer, average per day' });
    await expect(speaking.locator('tbody tr')).toHaveCount(1);
    await expect(speaking.locator('tbody th')).toHaveText(today);
    await expect(page.getByText('Daily averages over 3 measured answers.')).toBeVisible();
    await reviewProgress(page, 'day-one', testInfo.outputPath.bind(testInfo));
  });

  test('after 30 days: a month of history reads by date', async ({ studio }, testInfo) => {
    // Many screens, both themes, three sizes: more than the usual time on a shared machine.
    test.slow();
    const { page } = studio;
    const questions = ['insurance-denial', 'nervous-patient', 'copay-at-check-in', 'verify-coverage', 'explain-deductible', 'why-hire-you'];
    const ids = await seedMeasured(page, questions);
    await studio.host.stop();
    // Spread the answers over the month: the oldest 30 days ago.
    for (const [i, id] of ids.entries()) ageAnswers(studio.dataDir, [id], [30, 24, 17, 11, 5, 0][i]!);
    await studio.restartHost();
    await page.clock.setFixedTime(new Date());
    await page.reload();
    await open(page, 'Progress');
    await page
      .getByRole('img', { name: /^Speaking time per answer/ })
      .locator('xpath=..')
      .getByText('Show the numbers')
      .click();
    const speaking = page.getByRole('table', { name: 'Speaking time per answer, average per day' });
    await expect(speaking.locator('tbody tr')).toHaveCount(6);
    const first = new Date(Date.now() - 30 * 86_400_000).toLocaleDateString(undefined, { month: 'short', day: 'numeric' });
    await expect(speaking.locator('tbody th').first()).toHaveText(first);
    await reviewProgress(page, '30-days', testInfo.outputPath.bind(testInfo));
  });
});

test('the question search filters by words, "/" focuses it and a skip link reaches it', async ({ studio }) => {
  const { page } = studio;
  await bridgeCall(page, 'settings', 'set', { micCheckDone: true });
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Practice questions' })).toBeVisible();

  // The list opens with its heading focused: the search is a few Tabs on.
  const search = page.getByRole('searchbox', { name: 'Search questions' });
  await expect(page.getByRole('heading', { name: 'Practice questions' })).toBeFocused();
  let tabs = 0;
  while (!(await search.evaluate((el) => el === document.activeElement)) && tabs < 10) {
    await page.keyboard.press('Tab');
    tabs++;
  }
  expect(tabs).toBeLessThanOrEqual(3);
  // From the top of the page, the skip link lands on it.
  await page.getByRole('link', { name: 'Skip to the question search' }).focus();
  await page.keyboard.press('Enter');
  await expect(search).toBeFocused();
  const rows = page.locator('.question-row__text');
  const all = await rows.count();
  await page.keyboard.type('deductible');
  await expect(page.getByRole('status').filter({ hasText: /match/ })).toHaveText(/^\d+ questions? match(es)?\.$/);
  await expect(rows.filter({ hasText: /deductible/i }).first()).toBeVisible();
  expect(await rows.count()).toBeLessThan(all);
  // A word from a category's name finds its questions too.
  await search.fill('billing insurance');
  await expect(rows.filter({ hasText: /deductible/i }).first()).toBeVisible();
  await search.fill('zzzz nothing like this');
  await expect(page.getByText('No question matches “zzzz nothing like this”.')).toBeVisible();

  await search.fill('');
  await page.getByRole('heading', { name: 'Practice questions' }).click();
  await page.keyboard.press('/');
  await expect(search).toBeFocused();
});
