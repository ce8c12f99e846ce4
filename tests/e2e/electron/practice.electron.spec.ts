import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { _electron as electron, expect, test, type ElectronApplication, type Page } from '@playwright/test';
import { repoRoot } from '#tests/support/browser-host-process.js';
import { findElectronBinary } from '#tests/support/electron-binary.js';
import { spokenWav } from '#tests/support/spoken-wav.js';
import { openQuestion, recordedAtLeast, useSettings } from '#tests/e2e/practice/helpers.js';

const binary = findElectronBinary();
if ('missing' in binary) {
  // The only tests allowed to skip: they need the real Electron binary, which cannot be
  // downloaded on the development machine. Say why, visibly, in the test output.
  console.log(`Skipping Electron end-to-end tests: ${binary.missing}.`);
}

/** The real app (built by `npm run build`), its own data folder, a fake microphone speaking a WAV. */
async function launch(dataDir: string): Promise<{ app: ElectronApplication; page: Page }> {
  const wav = spokenWav('I checked the schedule, called the patient back and confirmed a new time.');
  const app = await electron.launch({
    executablePath: (binary as { path: string }).path,
    args: [
      repoRoot,
      `--data-dir=${dataDir}`,
      '--use-fake-ui-for-media-stream',
      '--use-fake-device-for-media-stream',
      `--use-file-for-fake-audio-capture=${wav}%noloop`,
    ],
  });
  return { app, page: await app.firstWindow() };
}

test.describe('the real Electron app', () => {
  test.skip('missing' in binary, 'missing' in binary ? `Electron binary unavailable: ${binary.missing}` : '');

  test('records, replays, reviews, and keeps it all after a restart', async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'studio-electron-'));
    let { app, page } = await launch(dataDir);
    // The isolated page has the contract and nothing of Node.
    expect(await page.evaluate(() => typeof (window as unknown as { require?: unknown }).require)).toBe('undefined');
    expect(
      await page.evaluate(() => (window as unknown as { studio: { app: { info(): Promise<unknown> } } }).studio.app.info()),
    ).toMatchObject({
      ok: true,
      value: { host: 'electron' },
    });

    await useSettings(page, { thinkSeconds: 0, autoStartRecording: true, speakPrompts: false });
    await openQuestion(page);
    await expect(page.getByRole('heading', { name: 'Recording your answer' })).toBeVisible({ timeout: 10_000 });
    await recordedAtLeast(page, 3);
    await page.getByRole('button', { name: 'Stop and review' }).click();
    await expect(page.getByRole('heading', { name: 'Listen back' })).toBeVisible();
    await expect(page.getByTestId('player-duration')).not.toHaveText('0:00');
    await page.getByRole('button', { name: 'Play', exact: true }).click();
    await page.getByRole('button', { name: 'Pause' }).click();
    await page.locator('fieldset.criterion').first().getByLabel('Met', { exact: true }).check();
    await page.getByRole('radio', { name: /^3 — / }).check();
    await expect(page.getByText('Saved', { exact: true })).toBeVisible();
    await app.close();

    ({ app, page } = await launch(dataDir));
    await openQuestion(page);
    await page.getByRole('button', { name: /rated 3 \/ 5/ }).click();
    await expect(page.locator('fieldset.criterion').first().getByLabel('Met', { exact: true })).toBeChecked();
    await app.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  test('a menu item acts in the page without typing into the focused field, and an export is saved where the dialog says', async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'studio-electron-'));
    const { app, page } = await launch(dataDir);
    await useSettings(page, { thinkSeconds: 0, autoStartRecording: true, speakPrompts: false });
    await openQuestion(page);
    await expect(page.getByRole('heading', { name: 'Recording your answer' })).toBeVisible({ timeout: 10_000 });
    await expect(page.locator('.answer-timer__clock')).toContainText(/0:0[2-9]/); // two seconds of the fake microphone's speech
    await page.getByRole('button', { name: 'Stop and review' }).click();
    await expect(page.getByRole('heading', { name: 'Listen back' })).toBeVisible();

    // Practice → Play or Pause Replay, with the note field focused: the replay plays, the note stays empty.
    const note = page.getByLabel('Next time I will…');
    await note.focus();
    await app.evaluate(({ Menu }) => {
      const find = (items: Electron.MenuItem[]): Electron.MenuItem | undefined =>
        items.flatMap((i) => [i, ...(i.submenu ? i.submenu.items : [])]).find((i) => i.label === 'Play or Pause Replay');
      find(Menu.getApplicationMenu()!.items)!.click();
    });
    await expect(page.getByRole('button', { name: 'Pause' })).toBeVisible();
    await expect(note).toHaveValue('');

    // Your data → Export → Save…: the dialog (answered here) says where; main copies the archive there.
    const target = path.join(dataDir, 'saved-export.zip');
    await app.evaluate(({ dialog }, filePath) => {
      dialog.showSaveDialog = (async () => ({ canceled: false, filePath })) as typeof dialog.showSaveDialog;
    }, target);
    await page.getByRole('button', { name: 'Your data' }).click();
    await page.getByRole('button', { name: 'Export', exact: true }).click();
    await page.getByRole('button', { name: /^Save interview-studio-\d{8}-\d{6}\.zip…$/ }).click();
    await expect(page.getByRole('status').filter({ hasText: `Saved to ${target}` })).toBeVisible();
    expect(fs.readFileSync(target).subarray(0, 4)).toEqual(Buffer.from([0x50, 0x4b, 0x03, 0x04]));
    await app.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });
});
