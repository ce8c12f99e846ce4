import { expect, test } from '#tests/e2e/fixtures.js';
import { checkBothThemes } from '#tests/e2e/progress/helpers.js';
import {
  captureMicrophoneStreams,
  clockSeconds,
  liveTrackCount,
  openQuestion,
  recordedAtLeast,
  unplugMicrophone,
  useSettings,
} from './helpers.js';

test.describe('when the microphone is refused', () => {
  test.use({ micMode: 'denied' });

  test('the check and the practice flow both say access is blocked, specifically', async ({ studio }) => {
    const { page } = studio;
    // First run opens on the microphone check.
    await expect(page.getByRole('heading', { name: 'Check your microphone' })).toBeVisible();
    await expect(page.getByRole('alert')).toContainText('Microphone access is blocked');

    await useSettings(page, { thinkSeconds: 0, speakPrompts: false });
    await openQuestion(page);
    const alert = page.getByRole('alert');
    await expect(alert).toContainText('Microphone access is blocked');
    await expect(alert).toContainText('Allow microphone access');
    // As on the microphone check: Try again is the main action, with this system's steps (headless
    // Chromium on Linux) and the other systems one press away; never "Use this microphone".
    await expect(page.getByRole('button', { name: 'Try again' })).toHaveClass(/button--primary/);
    await expect(page.getByRole('button', { name: 'Use this microphone' })).toHaveCount(0);
    await expect(page.getByRole('heading', { name: 'How to let Interview Studio use the microphone on Linux' })).toBeVisible();
    await expect(page.getByText('On macOS')).toBeVisible();
    await expect(page.getByText('On Windows')).toBeVisible();
    await expect(page.getByText('or choose it in the microphone check.')).toBeVisible();
    expect(await checkBothThemes(page, 'practice-mic-denied', test.info().outputPath.bind(test.info()))).toEqual([]);

    // Still refused: it says so again; the check is one press away.
    await page.getByRole('button', { name: 'Try again' }).click();
    await expect(page.getByRole('alert')).toContainText('Microphone access is blocked');
    await page.getByRole('button', { name: 'Open the microphone check' }).click();
    await expect(page.getByRole('heading', { name: 'Check your microphone' })).toBeVisible();
  });
});

test.describe('when there is no microphone', () => {
  test.use({ micMode: 'none', settings: { thinkSeconds: 0, speakPrompts: false } });

  test('says no microphone was found', async ({ studio }) => {
    const { page } = studio;
    await openQuestion(page);
    const alert = page.getByRole('alert');
    await expect(alert).toContainText('No microphone found');
    await expect(alert).toContainText('Connect a microphone');
  });
});

test('a microphone unplugged mid-answer stops the recording and keeps what was said', async ({ studio }) => {
  const { page } = studio;
  await captureMicrophoneStreams(page);
  await useSettings(page, { thinkSeconds: 0, speakPrompts: false });
  await openQuestion(page);
  await expect(page.getByRole('heading', { name: 'Recording your answer' })).toBeVisible();
  await recordedAtLeast(page, 3);
  await unplugMicrophone(page);

  await expect(
    page.getByText('The microphone was disconnected during your answer. What was recorded until then has been kept.'),
  ).toBeVisible();
  await expect(page.getByRole('button', { name: 'Play', exact: true })).toBeEnabled();
  const duration = clockSeconds((await page.getByTestId('player-duration').textContent())!);
  expect(duration).toBeGreaterThanOrEqual(2);
  await expect(page.getByRole('button', { name: /not rated/ })).toHaveCount(1);

  // Nothing is left holding the microphone once the take is saved.
  expect(await liveTrackCount(page)).toBe(0);
});
