import type { Page } from '@playwright/test';
import { seriousViolationsLightAndDark } from '#tests/support/axe.js';
import { expect, test } from '#tests/e2e/fixtures.js';

import { keepScreenshot } from '#tests/e2e/screenshots.js';

// The app starts as a returning user's, with these settings (set through the host's contract).
test.use({ settings: { speakPrompts: false } });

type Outcome = { ok: boolean; error?: { message: string } };
type ProfileBridge = { studio: { profile: { set(patch: { interviewDate: string | null }): Promise<Outcome> } } };

/** A local calendar day `days` from now, as the profile stores it. */
function dayFromNow(days: number): string {
  const at = new Date();
  at.setDate(at.getDate() + days);
  return `${at.getFullYear()}-${String(at.getMonth() + 1).padStart(2, '0')}-${String(at.getDate()).padStart(2, '0')}`;
}

/** Sets the interview day through the contract (the Facility screen is not what is tested here), then reloads. */
async function interviewOn(page: Page, day: string) {
  const result = await page.evaluate((d) => (window as unknown as ProfileBridge).studio.profile.set({ interviewDate: d }), day);
  expect(result.ok, result.error?.message).toBe(true);
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Practice questions', level: 1 })).toBeVisible();
}

const FIRST_ITEM = 'Be able to describe what a Patient Coordinator does';

test('the "Before the interview" checklist: on the home screen with the countdown, ticked and folded by keyboard, kept over a reload, in the mock setup, and gone from home once the day has passed', async ({
  studio,
}, testInfo) => {
  const { page } = studio;
  await interviewOn(page, dayFromNow(3));

  const home = page.getByRole('region', { name: 'Before the interview' });
  const toggle = home.getByRole('button', { name: /^Before the interview/ });
  await expect(page.getByRole('region', { name: 'Your interview' })).toContainText('Interview in 3 days');
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  await expect(toggle).toContainText('0 of 11 done');
  // Above the question list each item is one line; the details are in the mock interview setup.
  await expect(home.getByText('Coaching advice')).toHaveCount(0);

  // Tick by keyboard: Space on the focused checkbox; the heading counts it once it is saved.
  const first = home.getByRole('checkbox', { name: new RegExp(`^${FIRST_ITEM}`) });
  await first.focus();
  await page.keyboard.press('Space');
  await expect(first).toBeChecked();
  await expect(home.getByRole('status')).toHaveText('Saved');
  await expect(toggle).toContainText('1 of 11 done');
  expect(await seriousViolationsLightAndDark(page)).toEqual([]);
  for (const [width, height] of [
    [1280, 800],
    [1024, 640],
  ] as const) {
    await page.setViewportSize({ width, height });
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      await keepScreenshot(page, { path: testInfo.outputPath(`home-${width}-${scheme}.png`) });
    }
  }
  await page.emulateMedia({ colorScheme: 'light' });

  // Folded away by keyboard, it is one line; it stays folded (and ticked) over a reload.
  await toggle.focus();
  const folded = page.waitForResponse((r) => r.url().includes('/api/checklist:fold') && r.ok());
  await page.keyboard.press('Enter');
  await folded;
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  await expect(first).toBeHidden();
  await expect(home.getByRole('status')).toHaveText('');
  await keepScreenshot(page, { path: testInfo.outputPath('home-folded.png') });
  await page.reload();
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  await expect(toggle).toContainText('1 of 11 done');
  await toggle.focus();
  await page.keyboard.press('Enter');
  await expect(first).toBeChecked();

  // The mock interview setup shows it too, with the countdown in its heading.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Mock interview' }).click();
  const mock = page.getByRole('region', { name: 'Before the interview' });
  await expect(mock.getByRole('button', { name: /^Before the interview/ })).toContainText('Interview in 3 days · 1 of 11 done');
  await expect(mock.getByRole('checkbox', { name: new RegExp(`^${FIRST_ITEM}`) })).toBeChecked();
  await expect(mock.getByText('Coaching advice').first()).toBeVisible();
  expect(await seriousViolationsLightAndDark(page)).toEqual([]);
  await keepScreenshot(page, { path: testInfo.outputPath('mock-setup.png'), fullPage: true });

  // Once the interview day has passed, the home screen no longer shows it; the mock setup still does.
  await interviewOn(page, dayFromNow(-1));
  await expect(page.locator('.question-row').first()).toBeVisible();
  await expect(page.getByRole('region', { name: 'Before the interview' })).toHaveCount(0);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Mock interview' }).click();
  await expect(
    page.getByRole('region', { name: 'Before the interview' }).getByRole('button', { name: /^Before the interview/ }),
  ).toContainText(/^\W*Before the interview1 of 11 done$/);
});
