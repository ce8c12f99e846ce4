import type { Page } from '@playwright/test';
import { expect, test } from '#tests/e2e/fixtures.js';
import { captureMicrophoneStreams, liveTrackCount, openQuestion, useSettings } from '#tests/e2e/practice/helpers.js';
import { listAttempts } from '#tests/e2e/analysis/helpers.js';
import { checkBothThemes } from '#tests/e2e/progress/helpers.js';

/** Records a short take by keyboard from think time: R answers now, R again stops once it records. */
async function answerByKeyboard(page: Page) {
  await expect(page.getByRole('heading', { name: 'Think time' })).toBeVisible();
  await page.keyboard.press('r');
  await expect(page.getByRole('meter', { name: 'Microphone level' })).toBeVisible();
  // Something recorded: the answer timer has moved on (by itself, no wait of ours).
  await expect(page.locator('.answer-timer__clock > span').first()).not.toHaveText('0:00');
  await page.keyboard.press('r');
  await expect(page.getByRole('heading', { name: 'Listen back' })).toBeFocused();
  await expect(page.getByRole('button', { name: 'Play', exact: true })).toBeEnabled();
}

test('opening a question shows it: nothing counts down or records until the person starts', async ({ studio }) => {
  const { page } = studio;
  await captureMicrophoneStreams(page);
  await page.clock.install();
  await useSettings(page, { thinkSeconds: 5, autoStartRecording: true, speakPrompts: false });
  await openQuestion(page, 0, { start: false });

  await expect(page.getByRole('heading', { name: 'Read the question, then start' })).toBeVisible();
  await expect(
    page.getByText('You get 5 seconds to think; then recording starts on its own. Nothing records until you press Start.'),
  ).toBeVisible();
  await expect(page.getByRole('button', { name: 'Start this question' })).toBeFocused();
  // A minute of reading later, still nothing has started and no microphone is open.
  await page.clock.runFor(60_000);
  await expect(page.getByRole('heading', { name: 'Think time' })).toHaveCount(0);
  await expect(page.getByRole('heading', { name: 'Recording your answer' })).toHaveCount(0);
  expect(await liveTrackCount(page)).toBe(0);

  // R starts the take: think time, then (auto-start) the recording.
  await page.keyboard.press('r');
  await expect(page.getByRole('heading', { name: 'Think time' })).toBeVisible();
  await page.clock.runFor(6_000);
  await expect(page.getByRole('heading', { name: 'Recording your answer' })).toBeVisible();
  await page.getByRole('button', { name: 'Discard this take' }).click();
  await expect(page.getByText('The take was discarded.')).toBeVisible();
});

test('with the setting on, think time starts as soon as the question opens', async ({ studio }) => {
  const { page } = studio;
  await useSettings(page, { thinkSeconds: 30, autoStartRecording: false, speakPrompts: false, startOnOpen: true });
  await openQuestion(page, 0, { start: false });
  await expect(page.getByRole('heading', { name: 'Think time' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Start this question' })).toHaveCount(0);
});

test('first question → review → retake with the last note → follow-up → next due question, by keyboard and without scrolling up', async ({
  studio,
}) => {
  test.setTimeout(150_000);
  const { page } = studio;
  await useSettings(page, { thinkSeconds: 30, autoStartRecording: false, speakPrompts: false });
  await openQuestion(page, 0, { start: false });
  const questionText = (await page.locator('#question-text').textContent())!;
  // Nothing to come back to before the first take.
  await expect(page.getByRole('complementary', { name: 'From your last take' })).toHaveCount(0);
  await page.keyboard.press('r');
  await answerByKeyboard(page);

  // The review: rating and the lesson; the footer is on screen without scrolling.
  await page.getByRole('radio', { name: /^3 — / }).check();
  await page.getByLabel('Next time I will…').fill('Lead with the patient, not the software.');
  await page.getByLabel('Next time I will…').blur();
  await expect(page.getByText('Saved', { exact: true })).toBeVisible();
  const footer = page.getByRole('navigation', { name: 'What next' });
  await expect(footer).toBeInViewport();
  await expect(footer.getByRole('button', { name: 'Next due question' })).toBeVisible();
  expect(await checkBothThemes(page, 'review-with-what-next', test.info().outputPath.bind(test.info()))).toEqual([]);

  // T retakes; the last lesson is shown before and during think time.
  await page.locator('body').focus();
  await page.keyboard.press('t');
  await page.getByRole('button', { name: 'Keep it and retake' }).press('Enter');
  const lesson = page.getByRole('complementary', { name: 'From your last take' });
  await expect(page.getByRole('heading', { name: 'Think time' })).toBeVisible();
  await expect(lesson).toContainText('Lead with the patient, not the software.');
  await expect(lesson).toContainText('Your last rating: 3 / 5.');
  expect(await checkBothThemes(page, 'think-with-last-note', test.info().outputPath.bind(test.info()))).toEqual([]);
  await answerByKeyboard(page);

  // F asks one of the question's follow-ups, with its own think time and take, linked to this answer.
  const parentId = (await listAttempts(page))[0]!.id;
  await page.keyboard.press('f');
  await expect(page.getByText('Follow-up question', { exact: true })).toBeVisible();
  await expect(page.getByText(`After: ${questionText}`)).toBeVisible();
  const followUpText = (await page.locator('#question-text').textContent())!;
  expect(followUpText).not.toBe(questionText);
  await expect(lesson).toHaveCount(0);
  await answerByKeyboard(page);
  await expect(page.getByRole('region', { name: 'Follow-up answers' })).toContainText(`Follow-up answer to “${followUpText}”`);
  const [followUp] = await listAttempts(page);
  expect(followUp).toMatchObject({ parentAttemptId: parentId, followUpIndex: 0 });
  await expect(page.getByRole('button', { name: /follow-up 1/ })).toBeVisible(); // marked in the take list

  // The follow-up is reviewed beside its answer: one press opens the answer it followed, and back.
  await page.getByRole('button', { name: /Open the answer it followed/ }).click();
  await expect(page.getByRole('region', { name: 'Follow-up answers' })).toContainText('Its follow-up answers:');
  await page
    .getByRole('region', { name: 'Follow-up answers' })
    .getByRole('button', { name: /Follow-up 1/ })
    .click();
  await expect(page.getByRole('region', { name: 'Follow-up answers' })).toContainText(`Follow-up answer to “${followUpText}”`);

  // N goes to the next due question, which opens showing its question.
  await page.locator('body').focus();
  await page.keyboard.press('n');
  await expect(page.locator('#question-text')).not.toHaveText(questionText);
  await expect(page.getByRole('button', { name: 'Start this question' })).toBeFocused();
  const atTop = await page.evaluate(() => window.scrollY);
  expect(atTop).toBe(0);
});
