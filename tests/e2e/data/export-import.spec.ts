import fs from 'node:fs';
import path from 'node:path';
import { seriousViolations } from '#tests/support/axe.js';
import { expect, test } from '#tests/e2e/fixtures.js';
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
  await page
    .getByLabel('Export file (.zip)')
    .setInputFiles({ name: 'notes.zip', mimeType: 'application/zip', buffer: Buffer.from('not a zip') });
  await expect(page.getByRole('alert')).toContainText('This file cannot be imported: it is not a zip archive');

  // Cancelled half-way: the page sends 1 MiB pieces, three at a time and never past the oldest piece
  // not yet answered, and the second request is held back until Cancel is pressed, so the import is
  // in flight however fast the machine. What main received is removed.
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  let pieces = 0;
  await page.route('**/api/imports:append', async (route) => {
    if (++pieces === 2) await held;
    await route.continue();
  });
  const large = Buffer.concat([fs.readFileSync(saved), Buffer.alloc(5 * 1024 * 1024)]);
  await page.getByLabel('Export file (.zip)').setInputFiles({ name: 'large.zip', mimeType: 'application/zip', buffer: large });
  // Which piece is held depends on which request reaches the route second: 2 or 3 MiB get through.
  // Each crosses Playwright's route handler (through the DevTools protocol, base64): seconds under
  // a load of 15 on two cores, so this waits longer than the usual 15 s.
  const importProgress = page.getByRole('progressbar', { name: 'Import progress' });
  await expect
    .poll(() => importProgress.evaluate((bar: HTMLProgressElement) => bar.value), { timeout: 60_000 })
    .toBeGreaterThanOrEqual(1024 * 1024);
  await page.getByRole('button', { name: 'Cancel import' }).click();
  release();
  await expect(page.getByRole('status').filter({ hasText: 'Import cancelled. Nothing was changed' })).toBeVisible();
  await page.unroute('**/api/imports:append');
  const importsDir = path.join(studio.dataDir, 'imports');
  expect(fs.existsSync(importsDir) ? fs.readdirSync(importsDir) : []).toEqual([]);
  expect(await bridgeCall<unknown[]>(page, 'attempts', 'list', {})).toEqual([]);

  // Cancelled while it is applied: the apply is held on its way to main until Cancel is pressed, so
  // main drops the import first; nothing is imported, and the page says so.
  await page.getByLabel('Export file (.zip)').setInputFiles(saved);
  await expect(page.getByText(/holds 2 answers and 2 recordings: 2 new/)).toBeVisible();
  let releaseApply = () => {};
  const applyHeld = new Promise<void>((resolve) => (releaseApply = resolve));
  await page.route('**/api/imports:apply', async (route) => {
    await applyHeld;
    await route.continue();
  });
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(page.getByRole('progressbar', { name: 'Import progress' })).toBeVisible();
  await page.getByRole('button', { name: 'Cancel import' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Cancelling…' })).toBeVisible();
  releaseApply();
  await expect(page.getByRole('status').filter({ hasText: 'Import cancelled. Nothing was changed' })).toBeVisible();
  await page.unroute('**/api/imports:apply');
  expect(await bridgeCall<unknown[]>(page, 'attempts', 'list', {})).toEqual([]);

  await page.getByLabel('Export file (.zip)').setInputFiles(saved);
  await expect(page.getByText(/holds 2 answers and 2 recordings: 2 new/)).toBeVisible();
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Imported: 2 new' })).toBeVisible();
  expect(await bridgeCall(page, 'attempts', 'list', {})).toEqual(before);
});

test('an import says what it brings of the facility profile and mock interviews, and uses a different profile only when ticked', async ({
  studio,
}, testInfo) => {
  const { page } = studio;
  await seedAnswers(page, ['insurance-denial']);
  await bridgeCall(page, 'profile', 'set', { name: 'Riverside Family Clinic', notes: 'From the export.' });
  await bridgeCall(page, 'mock', 'start', { questionCount: 3, timeZone: 'UTC' });
  await page.getByRole('button', { name: 'Your data' }).click();
  await page.getByRole('button', { name: 'Export', exact: true }).click();
  const link = page.getByRole('link', { name: /^Download interview-studio-\d{8}-\d{6}\.zip$/ });
  const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
  const saved = testInfo.outputPath(download.suggestedFilename());
  await download.saveAs(saved);

  await bridgeCall(page, 'profile', 'set', { notes: 'Changed since.' });
  await page.getByLabel('Export file (.zip)').setInputFiles(saved);
  await expect(page.getByText(/It also holds 1 mock interview: 0 new, 1 already here\./)).toBeVisible();
  await expect(
    page.getByText(/Its facility profile for Riverside Family Clinic differs from yours; yours stays unless you tick the box below\./),
  ).toBeVisible();
  const take = page.getByRole('checkbox', { name: /^Use the export's facility profile instead of yours .*yours is newer\)$/ });
  await expect(take).not.toBeChecked();
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    const only = scheme === 'light' ? 'all' : 'colors'; // a scheme changes only the colors
    expect(await seriousViolations(page, { only }), `import preview (${scheme})`).toEqual([]);
  }
  await take.check();
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Facility profile imported.' })).toBeVisible();
  expect(await bridgeCall<{ notes: string }>(page, 'profile', 'get')).toMatchObject({ notes: 'From the export.' });
});
