import type { Page } from '@playwright/test';
import { expect, test } from '#tests/e2e/fixtures.js';
import { recordedAtLeast, useSettings } from '#tests/e2e/practice/helpers.js';
import { listAttempts } from './helpers.js';
import { keepScreenshot } from '#tests/e2e/screenshots.js';

// The app starts as a returning user's, with these settings (set through the host's contract).
test.use({ settings: { thinkSeconds: 0, autoStartRecording: true, speakPrompts: false } });

test.use({
  micText:
    'At the front desk a patient arrived for the wrong day. I had to find her a slot without delaying others. ' +
    'I checked the cancellations list and called the nurse. She was seen within forty minutes and thanked us.',
});

async function openStory(page: Page) {
  await page.locator('.question-row', { hasText: 'nervous or frightened' }).click();
  await page.getByRole('button', { name: 'Start this question' }).click();
}

const row = (page: Page, part: string) => page.locator(`[data-star-part="${part}"]`);

test('STAR marks: made by keys while recording, one dragged and one nudged on replay, still there after a reload', async ({
  studio,
}, testInfo) => {
  const { page } = studio;

  await page.keyboard.press('?');
  await expect(page.getByRole('dialog').getByText(/mark where the Situation, Task, Action or Result begins/)).toBeVisible();
  await keepScreenshot(page.getByRole('dialog'), { path: testInfo.outputPath('help.png') });
  await page.keyboard.press('Escape');

  // A behavioral question: STAR marking shows only where STAR fits.
  await openStory(page);
  await expect(page.getByRole('heading', { name: 'Recording your answer' })).toBeVisible();
  // Each part 2 s of recording after the last (read off the answer timer, not slept). A starved
  // machine can deliver a key press late, so what is checked is what each press showed on its button.
  const group = page.getByRole('group', { name: 'Mark where each STAR part begins' });
  const shownSeconds: number[] = [];
  for (const [i, [key, part]] of [
    ['S', 'Situation'],
    ['T', 'Task'],
    ['A', 'Action'],
    ['R', 'Result'],
  ].entries()) {
    await recordedAtLeast(page, 1 + 2 * i);
    await page.keyboard.press(`Shift+${key}`);
    const button = group.getByRole('button', { name: new RegExp(part!) });
    await expect(button).toContainText(/\d:\d\d/);
    const [minutes, seconds] = (await button.textContent())!
      .match(/(\d+):(\d\d)/)!
      .slice(1)
      .map(Number);
    shownSeconds.push(minutes! * 60 + seconds!);
  }
  // Shift+R marked the Result rather than stopping; each mark is at or after the timer read when it was pressed.
  expect(shownSeconds[3]).toBeGreaterThanOrEqual(7);
  await expect(page.getByRole('heading', { name: 'Recording your answer' })).toBeVisible();
  await page.keyboard.press('r');
  await expect(page.getByRole('heading', { name: 'Listen back' })).toBeVisible();

  // Saved with the attempt, in order, where each button said it was.
  const marked = (await listAttempts(page))[0]!.starMarks;
  const saved = [marked.situation!, marked.task!, marked.action!, marked.result!];
  expect(saved.map((ms) => Math.floor(ms / 1000))).toEqual(shownSeconds);
  for (let i = 1; i < saved.length; i++) expect(saved[i]!, 'marks in the order they were pressed').toBeGreaterThan(saved[i - 1]!);
  expect(marked.situation).toBeGreaterThan(500);
  for (const part of ['Situation', 'Task', 'Action', 'Result']) await expect(page.getByTestId('star-timing')).toContainText(part);

  // Drag the Action marker on the waveform to the right.
  await expect(page.getByRole('button', { name: 'Play', exact: true })).toBeEnabled();
  const marker = page.locator('.player__wave [data-star-marker="action"]');
  await expect(marker).toHaveCount(1);
  const wave = (await page.locator('.player__wave').boundingBox())!;
  const box = (await marker.boundingBox())!;
  const grabX = box.x + 4;
  const grabY = box.y + 8;
  await page.mouse.move(grabX, grabY);
  await page.mouse.down();
  for (let step = 1; step <= 10; step++) await page.mouse.move(grabX + (wave.width * 0.1 * step) / 10, grabY);
  await page.mouse.up();
  await expect.poll(async () => (await listAttempts(page))[0]!.starMarks.action).toBeGreaterThan(marked.action! + 500);
  const dragged = (await listAttempts(page))[0]!.starMarks.action!;

  // Nudge the Task mark half a second later from the keyboard.
  await row(page, 'task').getByRole('button', { name: 'Move Task mark 0.5 s later' }).focus();
  await page.keyboard.press('Enter');
  await expect.poll(async () => (await listAttempts(page))[0]!.starMarks.task).toBe(marked.task! + 500);

  // Reloaded with think time on, so opening the question does not start a new take at once.
  await useSettings(page, { thinkSeconds: 60, autoStartRecording: false });
  await openStory(page);
  await page.locator('.attempt-row').first().click();
  await expect(page.getByRole('heading', { name: 'Listen back' })).toBeVisible();
  const after = (await listAttempts(page))[0]!.starMarks;
  expect(after).toEqual({ ...marked, action: dragged, task: marked.task! + 500 });
  await expect(row(page, 'action')).toContainText(clock(dragged));
  await expect(page.locator('.player__wave [data-star-marker]')).toHaveCount(4);
});

function clock(ms: number): string {
  const s = Math.floor(ms / 1000);
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
}
