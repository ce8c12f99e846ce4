import fs from 'node:fs';
import { expect, test } from '../fixtures.js';
import { bridgeCall, seedAnswers } from './seed.js';

test('exports through the UI, downloads the .zip, and imports it back after erasing everything', async ({ studio }, testInfo) => {
  const { page } = studio;
  await seedAnswers(page, ['insurance-denial', 'nervous-patient'], { reviewed: true });
  const before = await bridgeCall<unknown[]>(page, 'attempts', 'list', {});
  await page.getByRole('button', { name: 'Your data' }).click();

  await page.getByRole('button', { name: 'Export', exact: true }).click();
  const link = page.getByRole('link', { name: /^Download interview-studio-\d{8}-\d{6}\.zip$/ });
  await expect(page.getByRole('progressbar', { name: 'Export progress' })).toBeVisible();
  await expect(link).toBeVisible();
  const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
  const saved = testInfo.outputPath(download.suggestedFilename());
  await download.saveAs(saved);
  expect(fs.readFileSync(saved).subarray(0, 4)).toEqual(Buffer.from([0x50, 0x4b, 0x03, 0x04])); // a zip

  await page.getByRole('button', { name: 'Delete everything…' }).click();
  await page.getByLabel('Type DELETE EVERYTHING to confirm').fill('DELETE EVERYTHING');
  await page.getByRole('dialog').getByRole('button', { name: 'Delete everything', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Everything was deleted' })).toBeVisible();

  // A file that is not an export is refused with a clear message.
  await page.getByLabel('Export file (.zip)').setInputFiles({ name: 'notes.zip', mimeType: 'application/zip', buffer: Buffer.from('not a zip') });
  await expect(page.getByRole('alert')).toContainText('This file cannot be imported: it is not a zip archive');

  await page.getByLabel('Export file (.zip)').setInputFiles(saved);
  await expect(page.getByText(/holds 2 answer\(s\) and 2 recording\(s\): 2 new/)).toBeVisible();
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Imported: 2 new' })).toBeVisible();
  expect(await bridgeCall(page, 'attempts', 'list', {})).toEqual(before);
});
