import { expect, test } from '#tests/e2e/fixtures.js';

import { builtInQuestionCount, checkBothThemes, seedHistory, seriousViolations } from './helpers.js';
import { keepScreenshot } from '#tests/e2e/screenshots.js';

// The app starts as a returning user's, with these settings (set through the host's contract).
test.use({ settings: {} });

test('progress and the due queue over 10,000 answers, in the light and the dark scheme', async ({ studio }, testInfo) => {
  test.setTimeout(180_000); // every step checked in two schemes
  const { page } = studio;
  // Seeded once (the slow part), then every view is checked in both schemes.
  const tally = await seedHistory(studio, 10_000);
  const questionsTotal = await builtInQuestionCount(page);
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Questions', exact: true }).click();

    // Home: today's queue above the questions, and the question list counts from main.
    await expect(page.getByRole('heading', { name: 'Practice questions' })).toBeVisible();
    await expect(page.getByRole('region', { name: 'Due today' })).toContainText('to practice today');
    const firstRow = page.locator('.question-row').first();
    await expect(firstRow).toContainText(/\d+ attempts/);
    await keepScreenshot(page, { path: testInfo.outputPath(`home-${scheme}.png`) });

    await page.getByRole('button', { name: 'Progress', exact: true }).click();
    await expect(page.getByRole('heading', { name: 'Your progress' })).toBeFocused();
    await expect(page.locator('.readiness__text')).toContainText('questions not yet practiced');
    await expect(page.locator('.stat-tile').filter({ hasText: 'Answers recorded' })).toContainText((10_000).toLocaleString('en-US'));
    await expect(page.locator('.stat-tile').filter({ hasText: 'Answers recorded' })).toContainText(
      `${tally.rated.toLocaleString('en-US')} rated`,
    );
    await expect(page.getByRole('img', { name: /Practice calendar for the last 20 weeks/ })).toBeVisible();
    await expect(page.locator('.chart__plot canvas')).toHaveCount(6); // checklist trend + five delivery charts (pace and pitch variety included)
    await keepScreenshot(page, { path: testInfo.outputPath(`progress-top-${scheme}.png`) });
    await page.getByLabel('Show', { exact: true }).selectOption({ label: 'STAR structure' });
    await expect(page.getByRole('img', { name: /^STAR structure met, week by week/ })).toBeVisible();
    await page.locator('.chart__numbers summary').first().click();
    await expect(page.locator('.chart__numbers').first().locator('tbody tr')).not.toHaveCount(0);
    await page.getByRole('button', { name: 'Not practiced yet' }).click();
    await expect(page.locator('.question-table tbody tr')).toHaveCount(questionsTotal - tally.perQuestion.size);
    await page.getByRole('button', { name: 'All', exact: true }).click();
    expect(await seriousViolations(page), 'progress').toEqual([]);
    await keepScreenshot(page, { path: testInfo.outputPath(`progress-${scheme}.png`) });
    for (const [name, title] of [
      ['criteria', 'Checklist points'],
      ['delivery', 'Delivery over time'],
      ['questions', 'By question'],
    ] as const) {
      await keepScreenshot(page.locator('section.card', { has: page.getByRole('heading', { name: title, exact: true }) }), {
        path: testInfo.outputPath(`progress-${name}-${scheme}.png`),
      });
    }

    await page.getByRole('button', { name: 'Due today', exact: true }).click();
    await expect(page.getByRole('heading', { name: 'Due today', level: 1 })).toBeFocused();
    const due = page.getByRole('list', { name: 'Due today' });
    await expect(due.locator('li').first()).toBeVisible();
    const dueCount = await due.locator('li').count();
    const first = (await due.locator('.due-row__text').first().textContent())!;
    expect(await seriousViolations(page), 'due').toEqual([]);
    await keepScreenshot(page, { path: testInfo.outputPath(`due-${scheme}.png`), fullPage: true });

    // Suspending takes a question out of the queue until it is brought back.
    await due
      .locator('li')
      .filter({ hasText: first })
      .getByRole('button', { name: /^Suspend/ })
      .click();
    await expect(page.getByRole('list', { name: 'Suspended' })).toContainText(first);
    await expect(due.locator('li')).toHaveCount(dueCount - 1);
    await page
      .getByRole('list', { name: 'Suspended' })
      .getByRole('button', { name: /^Unsuspend/ })
      .click();
    await expect(page.getByRole('list', { name: 'Suspended' })).toHaveCount(0);
    await expect(due.locator('li')).toHaveCount(dueCount);
  }
});

test('a first visit: empty progress says what to do, the queue offers new questions, the limit is the user’s', async ({
  studio,
}, testInfo) => {
  const { page } = studio;
  await page.getByRole('button', { name: 'Progress', exact: true }).click();
  await expect(page.getByText('Practice a question and your progress will show here.')).toBeVisible();
  expect(await checkBothThemes(page, 'progress-empty', (n) => testInfo.outputPath(n))).toEqual([]);

  await page.getByRole('button', { name: 'Due today', exact: true }).click();
  const due = page.getByRole('list', { name: 'Due today' });
  await expect(due.locator('li')).toHaveCount(5);
  await expect(due.locator('.due-row__note').first()).toHaveText('New question');
  await page.getByLabel('New questions per day').selectOption('2');
  await expect(due.locator('li')).toHaveCount(2);
  await page.reload();
  await page.getByRole('button', { name: 'Due today', exact: true }).click();
  await expect(page.getByLabel('New questions per day')).toHaveValue('2');

  await page.getByRole('button', { name: 'Mock interview', exact: true }).click();
  await expect(page.getByText('No mock interviews yet.')).toBeVisible();
  expect(await checkBothThemes(page, 'mock-setup', (n) => testInfo.outputPath(n))).toEqual([]);
});
