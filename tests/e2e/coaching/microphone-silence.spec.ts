import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from '#tests/e2e/fixtures.js';
import { openQuestion, useSettings } from '#tests/e2e/practice/helpers.js';

// The app starts as a returning user's, with these settings (set through the host's contract).
test.use({ settings: { thinkSeconds: 0, autoStartRecording: true, speakPrompts: false } });

/** Twenty seconds of digital silence for the fake microphone: a muted or wrong input. */
function silentWav(): string {
  const file = path.join(os.tmpdir(), 'studio-e2e-silence-20s.wav');
  if (!fs.existsSync(file)) {
    const temp = `${file}.${process.pid}.tmp.wav`;
    execFileSync('sox', ['-n', '-r', '48000', '-c', '1', '-b', '16', '-e', 'signed-integer', temp, 'trim', '0', '20']);
    fs.renameSync(temp, file);
  }
  return file;
}

test.use({ micWav: silentWav() });

test('a microphone that hears nothing for several seconds is said on the recording panel, with a way to the microphone check', async ({
  studio,
}) => {
  const { page } = studio;
  await page.clock.install();
  await useSettings(page, { thinkSeconds: 0, autoStartRecording: true, speakPrompts: false });
  await openQuestion(page);
  await expect(page.getByRole('heading', { name: 'Recording your answer' })).toBeVisible({ timeout: 45_000 });
  const warning = page.getByRole('alert').filter({ hasText: 'We can’t hear you — check the microphone.' });
  await page.clock.runFor(2_000);
  await expect(warning).toHaveCount(0); // a short silence is just a pause
  await page.clock.runFor(4_000);
  await expect(warning).toBeVisible();
  await warning.getByRole('button', { name: 'Open the microphone check' }).click();
  await expect(page.getByRole('heading', { name: 'Check your microphone' })).toBeVisible();
});

test('a take with no speech at all is flagged on stop and offered for discard', async ({ studio }) => {
  test.setTimeout(120_000);
  const { page } = studio;
  await openQuestion(page);
  await expect(page.getByRole('heading', { name: 'Recording your answer' })).toBeVisible({ timeout: 45_000 });
  await expect(page.locator('.answer-timer__clock > span').first()).not.toHaveText('0:00');
  await page.keyboard.press('r');
  const flag = page.getByRole('alert').filter({ hasText: 'No speech was heard in this take' });
  await expect(flag).toBeVisible({ timeout: 30_000 });
  await flag.getByRole('button', { name: 'Discard this take' }).click();
  await page.getByRole('dialog', { name: 'Delete this take?' }).getByRole('button', { name: 'Delete the take' }).click();
  await expect(page.getByRole('region', { name: 'Your takes' }).getByRole('listitem')).toHaveCount(0);
});
