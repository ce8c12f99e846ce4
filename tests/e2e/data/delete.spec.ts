import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from '#tests/e2e/fixtures.js';
import { bridgeCall, seedAnswers } from './seed.js';

const recordingsOn = (dataDir: string) => fs.readdirSync(path.join(dataDir, 'recordings')).filter((n) => /\.(webm|mp4|ogg)$/.test(n));

test.describe('Your data: deleting', () => {
  test('deletes every answer to one question after a confirmation, and nothing else', async ({ studio }) => {
    const { page } = studio;
    const [, , kept] = await seedAnswers(page, ['insurance-denial', 'insurance-denial', 'nervous-patient']);
    await page.getByRole('button', { name: 'Your data' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Your data' })).toBeFocused();

    const deleteAnswers = page.getByRole('button', { name: 'Delete answers…' });
    await expect(deleteAnswers).toBeDisabled();
    await page.getByLabel('All answers to one question').selectOption('insurance-denial');
    await deleteAnswers.click();
    const dialog = page.getByRole('dialog', { name: 'Delete these answers?' });
    await expect(dialog).toContainText('All 2 answers');
    // Cancel first: nothing happens.
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    expect(recordingsOn(studio.dataDir)).toHaveLength(3);

    await deleteAnswers.click();
    await dialog.getByRole('button', { name: 'Delete 2 answers' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Deleted 2 answers' })).toBeVisible();
    await expect(page.getByRole('definition').first()).toHaveText('1');
    expect(recordingsOn(studio.dataDir)).toEqual([`${kept}.webm`]);
    expect((await bridgeCall<{ id: string }[]>(page, 'attempts', 'list', {})).map((a) => a.id)).toEqual([kept]);
  });

  test('deletes everything only once DELETE EVERYTHING is typed', async ({ studio }) => {
    const { page } = studio;
    await seedAnswers(page, ['insurance-denial', 'nervous-patient'], { reviewed: true });
    await page.getByRole('button', { name: 'Your data' }).click();

    await page.getByRole('button', { name: 'Delete everything…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Delete everything?' });
    const confirm = dialog.getByRole('button', { name: 'Delete everything', exact: true });
    const typed = dialog.getByLabel('Type DELETE EVERYTHING to confirm');
    await expect(confirm).toBeDisabled();
    await typed.fill('delete everything');
    await expect(confirm).toBeDisabled();
    await typed.fill('DELETE EVERYTHING');
    await confirm.click();

    await expect(page.getByRole('status').filter({ hasText: 'Everything was deleted: 2 answers' })).toBeVisible();
    await expect(page.getByRole('definition').first()).toHaveText('0');
    expect(recordingsOn(studio.dataDir)).toEqual([]);
    expect(await bridgeCall(page, 'attempts', 'list', {})).toEqual([]);
    expect(fs.readFileSync(path.join(studio.dataDir, 'attempts', 'attempts.jsonl'), 'utf8')).not.toContain('Slow down.');
  });
});
