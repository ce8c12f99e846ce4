import { expect, test } from '#tests/e2e/fixtures.js';
import { openQuestion, useSettings } from './helpers.js';

// The app starts as a returning user's, with these settings (set through the host's contract).
test.use({ settings: { thinkSeconds: 30, speakPrompts: true } });

const FALLBACK = 'Couldn’t read the question aloud — it’s on screen.';

test('with no voice the question stays on screen, a quiet note says so, and think time starts', async ({ studio }) => {
  const { page } = studio;
  await openQuestion(page);
  const note = page.getByText(FALLBACK);
  await expect(note).toBeVisible();
  await expect(note).toHaveAttribute('role', 'status'); // announced politely, not as an alert
  await expect(page.getByRole('heading', { name: 'Think time' })).toBeVisible();
  await expect(page.locator('#question-text')).not.toBeEmpty();
});

test.describe('with a speech engine that starts and never finishes', () => {
  test.beforeEach(async ({ studio }) => {
    // Chromium with speech-dispatcher can accept an utterance and never end it: model that.
    await studio.page.addInitScript(() => {
      speechSynthesis.speak = () => {};
    });
  });

  test('the reading shows it is speaking and can be skipped', async ({ studio }) => {
    const { page } = studio;
    await useSettings(page, { thinkSeconds: 30, speakPrompts: true });
    await openQuestion(page);
    await expect(page.getByText('Reading the question aloud…')).toBeVisible();
    await page.getByRole('button', { name: 'Skip reading' }).click();
    await expect(page.getByRole('heading', { name: 'Think time' })).toBeVisible();
    await expect(page.getByText(FALLBACK)).toHaveCount(0); // skipping is not a failure
  });

  test('it gives up after a time based on the question length and goes on', async ({ studio }) => {
    const { page } = studio;
    await useSettings(page, { thinkSeconds: 30, speakPrompts: true });
    // The page's clock, so the wait for the reading is a step of the test, not seconds of real time.
    await page.clock.install();
    await openQuestion(page);
    await expect(page.getByText('Reading the question aloud…')).toBeVisible();
    await page.clock.runFor(2_000);
    await expect(page.getByText(FALLBACK)).toHaveCount(0); // a short wait is not giving up
    await page.clock.runFor(30_000);
    await expect(page.getByText(FALLBACK)).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Think time' })).toBeVisible();
  });
});

test('with reading turned off there is no reading and no note', async ({ studio }) => {
  const { page } = studio;
  await useSettings(page, { thinkSeconds: 30, speakPrompts: false });
  await openQuestion(page);
  await expect(page.getByRole('heading', { name: 'Think time' })).toBeVisible();
  await expect(page.getByText(FALLBACK)).toHaveCount(0);
});
