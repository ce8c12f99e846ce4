import type { Page } from '@playwright/test';
import { expect, test } from '#tests/e2e/fixtures.js';

import { checkBothThemes } from '#tests/e2e/progress/helpers.js';
import { listAttempts } from '#tests/e2e/analysis/helpers.js';

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

/** Waits for the answer timer to move (something recorded), then R moves the interview on. */
async function answerAndGoOn(page: Page) {
  // Opening the microphone can take a while on a loaded machine.
  await expect(page.getByRole('heading', { name: 'Recording your answer' })).toBeVisible({ timeout: 45_000 });
  await expect(page.locator('.answer-timer__clock > span').first()).not.toHaveText('0:00');
  await page.keyboard.press('r');
}

test('a mock interview hides the hints, survives a reload (resumed from the home screen where it stopped), asks a follow-up after the second answer and reports every answer measured, the follow-up under its answer', async ({
  studio,
}) => {
  test.setTimeout(240_000);
  const { page } = studio;
  await page.getByRole('button', { name: 'Mock interview', exact: true }).click();
  await page.getByLabel('Questions', { exact: true }).selectOption('3');
  await expect(page.getByLabel('Interviewer follow-ups')).toHaveValue('some'); // the default, as real interviewers do
  await page.getByRole('button', { name: 'Start a 3-question interview' }).click();

  // As in a real interview, no hints while answering.
  await expect(page.getByText('Mock interview · question 1 of 3')).toBeVisible();
  await expect(page.getByText('What the interviewer listens for')).toHaveCount(0);
  const first = (await page.locator('#question-text').textContent())!;
  await answerAndGoOn(page);
  await expect(page.getByText('Mock interview · question 2 of 3')).toBeVisible();
  const second = (await page.locator('#question-text').textContent())!;

  // Interrupted mid-interview: the home screen offers it, stopped at question 2.
  await page.reload();
  const offer = page.getByRole('region', { name: 'Unfinished mock interview' });
  await expect(offer).toContainText('stopped at question 2 of 3');
  expect(await checkBothThemes(page, 'resume-offer-home', test.info().outputPath.bind(test.info()))).toEqual([]);
  await page.getByRole('button', { name: 'Mock interview', exact: true }).click();
  await expect(offer).toContainText('stopped at question 2 of 3'); // and on the mock interview screen
  await offer.getByRole('button', { name: 'Resume the interview' }).click();

  // It picks up at question 2 and waits for the person; R starts it.
  await expect(page.getByText('Mock interview · question 2 of 3')).toBeVisible();
  await expect(page.locator('#question-text')).toHaveText(second);
  await expect(page.getByText('Your interview picks up where it stopped. Start when you are ready.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Start this question' })).toBeFocused();
  await page.keyboard.press('r');
  await answerAndGoOn(page);

  // The second answer brings one of its question's follow-ups, asked and recorded like a question.
  await expect(page.getByText('Follow-up question', { exact: true })).toBeVisible();
  await expect(page.getByText(`After: ${second}`)).toBeVisible();
  const followUp = (await page.locator('#question-text').textContent())!;
  expect(followUp).not.toBe(second);
  await expect(page.getByText('Mock interview · question 2 of 3')).toBeVisible();
  await answerAndGoOn(page);
  await expect(page.getByText('Mock interview · question 3 of 3')).toBeVisible();
  await expect(page.getByText('Follow-up question', { exact: true })).toHaveCount(0); // the third answer has none
  await answerAndGoOn(page);

  // The report: the hints revealed, every answer measured without opening its review.
  await expect(page.getByRole('heading', { name: 'Mock interview report' })).toBeVisible();
  const rows = page.locator('.report-row');
  await expect(rows.first().getByRole('heading', { level: 3 })).toHaveText(first);
  await expect(rows.first().getByText('What the interviewer listens for')).toBeVisible();
  await expect(rows.locator('.report-answer__facts')).toHaveCount(4);
  for (let i = 0; i < 3; i++) await expect(rows.nth(i)).toContainText(/spoke \d/, { timeout: 30_000 });
  await expect(page.getByText('not measured')).toHaveCount(0);
  // The follow-up sits under the second answer, with its own review; it is stored linked to that answer.
  const asked = rows.nth(1).locator('.report-answer--follow-up');
  await expect(asked).toContainText(followUp);
  await expect(asked.getByRole('button', { name: /^Review this answer\s*: follow-up: / })).toBeVisible();
  const answers = await listAttempts(page);
  const linked = answers.find((a) => a.parentAttemptId !== undefined)!;
  const parent = answers.find((a) => a.id === linked.parentAttemptId)!;
  expect(parent.questionId).toBe(linked.questionId);
  expect(linked.sessionId).toBe(parent.sessionId);
  expect(answers).toHaveLength(4);
  expect(await checkBothThemes(page, 'report-follow-up', test.info().outputPath.bind(test.info()))).toEqual([]);

  // Finished: nothing is offered for resuming any more.
  await page.getByRole('button', { name: 'Questions', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Practice questions' })).toBeVisible();
  await expect(offer).toHaveCount(0);
});

test('an interrupted mock interview can be ended instead, which opens its report', async ({ studio }) => {
  test.setTimeout(150_000);
  const { page } = studio;
  await page.getByRole('button', { name: 'Mock interview', exact: true }).click();
  await page.getByLabel('Questions', { exact: true }).selectOption('3');
  await page.getByRole('button', { name: 'Start a 3-question interview' }).click();
  await expect(page.getByText('Mock interview · question 1 of 3')).toBeVisible();
  await page.reload();

  const offer = page.getByRole('region', { name: 'Unfinished mock interview' });
  await expect(offer).toContainText('stopped at question 1 of 3');
  await offer.getByRole('button', { name: 'End it and see the report' }).click();
  await expect(page.getByRole('heading', { name: 'Mock interview report' })).toBeVisible();
  await page.getByRole('button', { name: 'Questions', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Practice questions' })).toBeVisible();
  await expect(offer).toHaveCount(0);
});
