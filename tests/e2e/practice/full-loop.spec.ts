import { expect, test } from '#tests/e2e/fixtures.js';
import { captureMicrophoneStreams, clockSeconds, liveTrackCount, openQuestion, recordedAtLeast, useSettings } from './helpers.js';

test('the full loop: prompt, think, record, replay with seeking, review, and the review survives a reload', async ({ studio }) => {
  const { page } = studio;
  await captureMicrophoneStreams(page);
  await useSettings(page, { thinkSeconds: 2, autoStartRecording: true });
  await openQuestion(page);
  const questionText = await page.locator('#question-text').textContent();

  // No voices in headless Chromium: the quiet fallback, and the flow goes on by itself.
  await expect(page.getByText('Couldn’t read the question aloud — it’s on screen.')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Think time' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Recording your answer' })).toBeVisible({ timeout: 10_000 });
  await expect(page.locator('#question-text')).toHaveText(questionText!);
  const recordingSeen = Date.now();
  await expect(page.getByRole('meter', { name: 'Microphone level' })).toBeVisible();
  await recordedAtLeast(page, 4);
  await page.getByRole('button', { name: 'Stop and review' }).click();
  // On a busy machine the click can land late: bound the length by the time that really passed.
  const recordedAtMostS = (Date.now() - recordingSeen) / 1000 + 1.5;

  // Replay: a finite duration near what was recorded.
  await expect(page.getByRole('heading', { name: 'Listen back' })).toBeVisible();
  const play = page.getByRole('button', { name: 'Play', exact: true });
  await expect(play).toBeEnabled();
  expect(await liveTrackCount(page)).toBe(0); // the microphone is released once the take is saved
  const duration = clockSeconds((await page.getByTestId('player-duration').textContent())!);
  expect(duration).toBeGreaterThanOrEqual(3);
  expect(duration).toBeLessThanOrEqual(Math.ceil(recordedAtMostS));

  // Seek by keys, then by a click in the middle; play from there and the real position follows.
  const slider = page.getByRole('slider', { name: 'Playback position' });
  await slider.focus();
  await page.keyboard.press('End');
  await expect(slider).toHaveAttribute('aria-valuenow', (await slider.getAttribute('aria-valuemax'))!);
  await page.keyboard.press('Home');
  await expect(slider).toHaveAttribute('aria-valuenow', '0');
  const box = (await slider.boundingBox())!;
  await page.mouse.click(box.x + box.width * 0.6, box.y + box.height / 2);
  // The position follows once the audio element has taken the seek (its event can come late on a busy machine).
  await expect.poll(async () => Number(await slider.getAttribute('aria-valuenow'))).toBeGreaterThanOrEqual(Math.floor(duration * 0.6) - 1);
  const seekedTo = Number(await slider.getAttribute('aria-valuenow'));
  // Every position shown from Play on: a seek that was lost would show the start first.
  await slider.evaluate((element) => {
    const shown: number[] = [];
    (window as unknown as { shownPositions: number[] }).shownPositions = shown;
    new MutationObserver(() => shown.push(Number(element.getAttribute('aria-valuenow')))).observe(element, {
      attributeFilter: ['aria-valuenow'],
    });
  });
  await play.click();
  // It plays on from there to the end of the take (about two seconds), and then offers Play again.
  await expect(slider).toHaveAttribute('aria-valuenow', (await slider.getAttribute('aria-valuemax'))!);
  await expect(play).toBeVisible();
  const shown = await page.evaluate(() => (window as unknown as { shownPositions: number[] }).shownPositions);
  expect(shown.length).toBeGreaterThan(0);
  expect(Math.min(...shown)).toBeGreaterThanOrEqual(seekedTo);

  // Review: marks, rating and the next-time note.
  const firstCriterion = page.locator('fieldset.criterion').first();
  await firstCriterion.getByLabel('Met', { exact: true }).check();
  await page.locator('fieldset.criterion').nth(1).getByLabel('Partly').check();
  await page.getByRole('radio', { name: /^4 — / }).check();
  await page.getByLabel('Next time I will…').fill('Open with the result, then the story.');
  await expect(page.getByText('Saved', { exact: true })).toBeVisible();

  await page.reload();
  await openQuestion(page);
  await page.getByRole('button', { name: /rated 4 \/ 5/ }).click();
  await expect(page.locator('fieldset.criterion').first().getByLabel('Met', { exact: true })).toBeChecked();
  await expect(page.locator('fieldset.criterion').nth(1).getByLabel('Partly')).toBeChecked();
  await expect(page.getByRole('radio', { name: /^4 — / })).toBeChecked();
  await expect(page.getByLabel('Next time I will…')).toHaveValue('Open with the result, then the story.');
});

test('the question list counts attempts per question', async ({ studio }) => {
  const { page } = studio;
  await useSettings(page, { thinkSeconds: 0, autoStartRecording: true, speakPrompts: false });
  await openQuestion(page, 1);
  await expect(page.getByRole('heading', { name: 'Recording your answer' })).toBeVisible();
  await recordedAtLeast(page, 2);
  await page.keyboard.press('r');
  await expect(page.getByRole('heading', { name: 'Listen back' })).toBeVisible();
  await page.getByRole('button', { name: '← All questions' }).click();
  await expect(page.locator('.question-row').nth(1)).toContainText('1 attempt');
  await expect(page.locator('.question-row').nth(0)).toContainText('Not practiced yet');
});
