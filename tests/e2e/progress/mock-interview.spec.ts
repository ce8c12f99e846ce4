import { expect, test } from '#tests/e2e/fixtures.js';
import { recordedAtLeast } from '#tests/e2e/practice/helpers.js';
import { checkBothThemes, seriousViolations } from './helpers.js';
import { keepScreenshot } from '#tests/e2e/screenshots.js';

// The app starts as a returning user's, with these settings (set through the host's contract).
test.use({
  settings: {
    thinkSeconds: 0,
    speakPrompts: false,
    autoStartRecording: true,
    answerTargetMinSeconds: 1,
    answerTargetMaxSeconds: 3,
  },
});

/** Today in the page's own zone, as the date input wants it. */
const todayIn = (page: import('@playwright/test').Page) =>
  page.evaluate(() => {
    const d = new Date();
    return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
  });

test('a whole mock interview: three answers back to back, the report, a review from it, the follow-up and its reminder', async ({
  studio,
}, testInfo) => {
  test.setTimeout(180_000); // three recordings, a review and a host restart, on two busy cores
  const { page } = studio;

  await page.getByRole('button', { name: 'Mock interview', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Mock interview', exact: true })).toBeFocused();
  await page.getByLabel('Questions', { exact: true }).selectOption('3');
  // No follow-ups this time (tests/e2e/coaching/mock-resume.spec.ts has them): three answers back to back.
  await page.getByLabel('Interviewer follow-ups').selectOption('none');
  await page.getByRole('button', { name: 'Start a 3-question interview' }).click();

  // Three questions, each recorded and stopped; the next one starts by itself.
  const asked: string[] = [];
  for (let i = 1; i <= 3; i++) {
    await expect(page.getByText(`Mock interview · question ${i} of 3`)).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Recording your answer' })).toBeVisible();
    asked.push((await page.locator('#question-text').textContent())!);
    await expect(page.getByRole('button', { name: 'Stop and go on' })).toBeFocused();
    if (i === 1) expect(await seriousViolations(page), 'mock interview, recording').toEqual([]);
    if (i === 1) await keepScreenshot(page, { path: testInfo.outputPath('mock-recording.png') });
    await recordedAtLeast(page, 2);
    await page.keyboard.press('r');
  }
  expect(new Set(asked).size).toBe(3);

  // The report: every answer, its length against the 1–3 s target, not reviewed yet.
  await expect(page.getByRole('heading', { name: 'Mock interview report' })).toBeVisible();
  await expect(page.getByText('You answered 3 of 3 questions')).toBeVisible();
  const rows = page.locator('.report-row');
  await expect(rows).toHaveCount(3);
  for (let i = 0; i < 3; i++) {
    await expect(rows.nth(i).getByRole('heading', { level: 3 })).toHaveText(asked[i]!);
    await expect(rows.nth(i)).toContainText('not reviewed yet');
    await expect(rows.nth(i).locator('.length-band__band')).toHaveText(/target/);
  }
  await expect(rows.first().locator('.report-row__stage')).toContainText('Opening');
  await expect(rows.last().locator('.report-row__stage')).toContainText('Closing');
  expect(await checkBothThemes(page, 'report', (n) => testInfo.outputPath(n))).toEqual([]);

  // Review the first answer from the report, then come back to it.
  await rows
    .first()
    .getByRole('button', { name: /Review this answer/ })
    .click();
  await expect(page.getByRole('heading', { name: 'Listen back' })).toBeVisible();
  await expect(page.locator('#question-text')).toHaveText(asked[0]!);
  await page.getByRole('radio', { name: /^4 — / }).check();
  await expect(page.getByText('Saved', { exact: true })).toBeVisible();
  await page.getByRole('button', { name: '← Back to the report' }).click();
  await expect(page.getByRole('heading', { name: 'Mock interview report' })).toBeVisible();
  await expect(rows.first()).toContainText('4 / 5');
  await expect(page.getByText('1 of 3 answers reviewed so far')).toBeVisible();

  // The follow-up from the guide: tick the thank-you note, set a reminder for today.
  await page.getByLabel('Send a timely thank-you note').check();
  await page.getByLabel('Remind me on').fill(await todayIn(page));
  await expect(page.locator('.follow-up .save-status')).toHaveText('Saved');
  await keepScreenshot(page, { path: testInfo.outputPath('report-follow-up.png'), fullPage: true });

  // The home screen reminds, and keeps reminding after a restart, until it is marked done.
  await studio.restartHost();
  await expect(page.getByText('Follow-up due:')).toBeVisible();
  await page.getByRole('button', { name: 'Open the checklist' }).click();
  await expect(page.getByLabel('Send a timely thank-you note')).toBeChecked();
  await page.getByRole('button', { name: 'Questions', exact: true }).click();
  await page.getByRole('button', { name: 'Mark as done' }).click();
  await expect(page.getByText('Follow-up due:')).toHaveCount(0);

  // The session is listed for later.
  await page.getByRole('button', { name: 'Mock interview', exact: true }).click();
  await expect(page.locator('.session-row')).toHaveCount(1);
  await expect(page.locator('.session-row')).toContainText('follow-up done');
});
