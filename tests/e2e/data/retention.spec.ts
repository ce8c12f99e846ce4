import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from '#tests/e2e/fixtures.js';
import { ageAnswers, bridgeCall, seedAnswers } from './seed.js';

type AttemptView = { id: string; hasRecording: boolean; review: { rating: number | null; nextTime: string } };
const recordingsOn = (dataDir: string) => fs.readdirSync(path.join(dataDir, 'recordings')).filter((n) => /\.(webm|mp4|ogg)$/.test(n));

test.describe('Your data: retention', () => {
  test('turning it on deletes old audio after saying how much, and keeps the reviews', async ({ studio }) => {
    const { page } = studio;
    const [old, recent] = await seedAnswers(page, ['insurance-denial', 'nervous-patient'], { reviewed: true });
    await studio.host.stop();
    ageAnswers(studio.dataDir, [old!], 40);
    await studio.restartHost();

    await page.getByRole('button', { name: 'Your data' }).click();
    await page.getByLabel('Delete recordings older than a number of days').check();
    const days = page.getByLabel('Delete recordings older than', { exact: true });
    await expect(days).toHaveValue('90');
    await page.getByRole('button', { name: 'Save retention' }).click();
    // Nothing is 90 days old: saved without a question.
    await expect(page.getByRole('status').filter({ hasText: 'older than 90 days' })).toBeVisible();
    expect(recordingsOn(studio.dataDir)).toHaveLength(2);

    await days.fill('30');
    await page.getByRole('button', { name: 'Save retention' }).click();
    const dialog = page.getByRole('dialog', { name: 'Delete old recordings now?' });
    await expect(dialog).toContainText('1 recording');
    await dialog.getByRole('button', { name: 'Keep them' }).click();
    expect(recordingsOn(studio.dataDir)).toHaveLength(2);

    await page.getByRole('button', { name: 'Save retention' }).click();
    await dialog.getByRole('button', { name: 'Delete 1 recording' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'older than 30 days' })).toBeVisible();
    expect(recordingsOn(studio.dataDir)).toEqual([`${recent}.webm`]);
    const kept = await bridgeCall<AttemptView>(page, 'attempts', 'get', { attemptId: old });
    expect(kept).toMatchObject({ hasRecording: false, review: { rating: 4, nextTime: 'Slow down.' } });
    expect((await bridgeCall<{ retentionDays: number }>(page, 'settings', 'get')).retentionDays).toBe(30);
  });

  test('runs at start-up for answers that grew old while the app was closed', async ({ studio }) => {
    const { page } = studio;
    const [answer] = await seedAnswers(page, ['insurance-denial'], { reviewed: true });
    await page.getByRole('button', { name: 'Your data' }).click();
    await page.getByLabel('Delete recordings older than a number of days').check();
    await page.getByLabel('Delete recordings older than', { exact: true }).fill('7');
    await page.getByRole('button', { name: 'Save retention' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'older than 7 days' })).toBeVisible();
    expect(recordingsOn(studio.dataDir)).toHaveLength(1);

    await studio.host.stop();
    ageAnswers(studio.dataDir, [answer!], 8);
    await studio.restartHost();
    expect(recordingsOn(studio.dataDir)).toEqual([]);
    await page.getByRole('button', { name: 'Your data' }).click();
    await expect(page.getByLabel('Delete recordings older than', { exact: true })).toHaveValue('7');
    expect(await bridgeCall<AttemptView>(page, 'attempts', 'get', { attemptId: answer })).toMatchObject({
      hasRecording: false,
      review: { rating: 4 },
    });
  });
});
