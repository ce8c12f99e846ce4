import { expect, test } from '#tests/e2e/fixtures.js';
import { openQuestion, recordedAtLeast, useSettings } from './helpers.js';
import { seriousViolationsLightAndDark } from '#tests/support/axe.js';

test(`no serious accessibility problems on the main screens (light and dark)`, async ({ studio }) => {
  test.setTimeout(180_000); // every step checked in two schemes
  const { page } = studio;

  await expect(page.getByRole('heading', { name: 'Check your microphone' })).toBeVisible();
  await expect(page.getByText('We can hear you')).toBeVisible();
  expect(await seriousViolationsLightAndDark(page), 'microphone check').toEqual([]);

  await useSettings(page, { thinkSeconds: 30, autoStartRecording: false });
  expect(await seriousViolationsLightAndDark(page), 'question list').toEqual([]);

  await openQuestion(page);
  await expect(page.getByRole('heading', { name: 'Think time' })).toBeVisible();
  expect(await seriousViolationsLightAndDark(page), 'think time').toEqual([]);

  await page.keyboard.press('r');
  await expect(page.getByRole('heading', { name: 'Recording your answer' })).toBeVisible();
  expect(await seriousViolationsLightAndDark(page), 'recording').toEqual([]);

  await recordedAtLeast(page, 2);
  await page.keyboard.press('r');
  await expect(page.getByRole('button', { name: 'Play', exact: true })).toBeEnabled();
  await page.keyboard.press('1');
  expect(await seriousViolationsLightAndDark(page), 'review').toEqual([]);

  await page.keyboard.press('?');
  await expect(page.getByRole('dialog')).toBeVisible();
  expect(await seriousViolationsLightAndDark(page), 'help').toEqual([]);
  await page.keyboard.press('Escape');

  await page.getByRole('button', { name: 'Settings' }).click();
  await expect(page.getByRole('heading', { name: 'Settings' })).toBeVisible();
  expect(await seriousViolationsLightAndDark(page), 'settings').toEqual([]);
});
