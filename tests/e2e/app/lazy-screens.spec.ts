import type { Route } from '@playwright/test';
import { expect, test } from '#tests/e2e/fixtures.js';
import { useSettings } from '#tests/e2e/practice/helpers.js';
import { keepScreenshot } from '#tests/e2e/screenshots.js';

/**
 * Screens other than the question list are separate chunks, fetched with import() under the
 * page's CSP (script-src 'self'). These tests hold one back or make it fail, through the page's
 * own network, and check what the user sees.
 */
test.describe('screens loaded on demand', () => {
  test('the progress screen says it is loading while its code is held back, then shows', async ({ studio }, testInfo) => {
    const { page, context } = studio;
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    await context.route(/\/assets\/ProgressScreen-[^/]*\.js$/, async (route: Route) => {
      await released;
      await route.continue();
    });
    await useSettings(page, {}); // past the first-run microphone check; the reload's idle preload meets the route too
    await expect(page.locator('.question-row').first()).toBeVisible();

    await page.getByRole('button', { name: 'Progress' }).click();
    const status = page.getByRole('status').filter({ hasText: 'Loading…' });
    await expect(status).toBeVisible();
    await keepScreenshot(page, { path: testInfo.outputPath('loading.png') });

    release();
    await expect(page.getByRole('heading', { level: 1, name: /progress/i })).toBeVisible();
    await expect(status).toHaveCount(0);
  });

  test('a screen whose code fails to arrive shows an error with a retry that works', async ({ studio }, testInfo) => {
    const { page, context } = studio;
    const chunk = /\/assets\/ProgressScreen-[^/]*\.js$/;
    await context.route(chunk, (route) => route.abort('connectionreset'));
    await useSettings(page, {});
    await expect(page.locator('.question-row').first()).toBeVisible();

    await page.getByRole('button', { name: 'Progress' }).click();
    const alert = page.getByRole('alert');
    await expect(alert).toContainText('This screen could not be loaded');
    await keepScreenshot(page, { path: testInfo.outputPath('load-error.png') });

    await context.unroute(chunk);
    await alert.getByRole('button', { name: 'Try again' }).click();
    await expect(page.getByRole('heading', { level: 1, name: /progress/i })).toBeVisible();

    // Back on the list and again to progress: the chunk is kept, no error.
    await page.getByRole('button', { name: 'Questions' }).click();
    await page.getByRole('button', { name: 'Progress' }).click();
    await expect(page.getByRole('heading', { level: 1, name: /progress/i })).toBeVisible();
    await expect(page.getByRole('alert')).toHaveCount(0);
  });

  test('the first screen loads only its own code; the rest arrives from our origin after it', async ({ studio }) => {
    const { page } = studio;
    await useSettings(page, {});
    await expect(page.locator('.question-row').first()).toBeVisible();
    // The idle preload fetches the other screens' chunks, all from the app's own origin (the fixture checks that).
    await expect.poll(() => studio.requests.filter((url) => /\/assets\/ProgressScreen-[^/]*\.js$/.test(url)).length).toBeGreaterThan(0);
    await page.getByRole('button', { name: 'Mock interview' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  });
});
