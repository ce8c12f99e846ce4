import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { _electron as electron, expect, test } from '@playwright/test';
import { findElectronBinary } from '../../support/electron-binary.js';
import { repoRoot } from '../../support/browser-host-process.js';
import { spokenWav } from '../../support/spoken-wav.js';

const binary = findElectronBinary();
if ('missing' in binary) {
  // The only tests allowed to skip: they need the real Electron binary, which cannot be
  // downloaded on the development machine. Say why, visibly, in the test output.
  console.log(`Skipping Electron end-to-end tests: ${binary.missing}.`);
}

test.describe('the real Electron app', () => {
  test.skip('missing' in binary, 'missing' in binary ? `Electron binary unavailable: ${binary.missing}` : '');

  test('opens, records an answer, replays it and keeps it after a restart', async () => {
    const userData = fs.mkdtempSync(path.join(os.tmpdir(), 'studio-electron-'));
    const wav = spokenWav('I checked the schedule, called the patient back and confirmed a new time.');
    const launch = () =>
      electron.launch({
        executablePath: (binary as { path: string }).path,
        args: [
          repoRoot,
          `--data-dir=${userData}`,
          '--use-fake-ui-for-media-stream',
          '--use-fake-device-for-media-stream',
          `--use-file-for-fake-audio-capture=${wav}%noloop`,
        ],
      });
    let app = await launch();
    let page = await app.firstWindow();
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    expect(await page.evaluate(() => typeof (window as unknown as { require?: unknown }).require)).toBe('undefined');
    const info = await page.evaluate(() => (window as unknown as { studio: { app: { info(): Promise<unknown> } } }).studio.app.info());
    expect(info).toMatchObject({ ok: true, value: { host: 'electron' } });
    await app.close();

    app = await launch();
    page = await app.firstWindow();
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await app.close();
    fs.rmSync(userData, { recursive: true, force: true });
  });
});
