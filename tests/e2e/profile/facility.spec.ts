import type { Page, TestInfo } from '@playwright/test';
import { seriousViolationsLightAndDark } from '#tests/support/axe.js';
import { expect, test } from '#tests/e2e/fixtures.js';

import { rowOf, screenshot } from '#tests/e2e/questions/helpers.js';

// The app starts as a returning user's, with these settings (set through the host's contract).
test.use({ settings: { thinkSeconds: 0, autoStartRecording: false, speakPrompts: false } });

const FIT_QUESTION = 'Why do you want to work at our facility in particular?';
const CLOSING_QUESTION = 'Do you have any questions for us?';
const OTHER_QUESTION = 'Describe a time you helped a nervous or frightened person feel at ease.';

/** A local calendar day `days` from now, as the date field takes it. */
function dayFromNow(days: number): string {
  const at = new Date();
  at.setDate(at.getDate() + days);
  return `${at.getFullYear()}-${String(at.getMonth() + 1).padStart(2, '0')}-${String(at.getDate()).padStart(2, '0')}`;
}

async function openFacility(page: Page) {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Facility' }).click();
  await expect(page.getByRole('heading', { name: 'The facility you’re interviewing with' })).toBeFocused();
}

/** Opens a question from the list; recording does not start on its own, so nothing is recorded. */
async function practice(page: Page, text: string) {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Questions' }).click();
  await rowOf(page, text).click();
  await expect(page.locator('#question-text')).toHaveText(text);
}

test('the facility profile: filled in by keyboard, shown beside a fit question, counted down to on the home screen, kept over a reload', async ({
  studio,
}, testInfo) => {
  const { page } = studio;

  // Before there is a profile, a fit question offers a quiet way to add one, and it leads there.
  await practice(page, FIT_QUESTION);
  await page.getByRole('button', { name: 'Add the facility you’re interviewing with' }).click();
  await expect(page.getByRole('heading', { name: 'The facility you’re interviewing with' })).toBeFocused();
  await expect(page.getByRole('button', { name: '← Back to the question' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Facility' })).toHaveAttribute('aria-current', 'page');

  // Keyboard only, in the order the form reads (once it has loaded, as a person would see it).
  await expect(page.getByLabel('Facility name')).toBeVisible();
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('Facility name')).toBeFocused();
  await page.keyboard.type('Riverside Family Clinic');
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('Kind of facility')).toBeFocused();
  await page.getByLabel('Kind of facility').selectOption('clinic');
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('Mission and values')).toBeFocused();
  await page.keyboard.type('Compassion, respect and access for every family.');
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('Patients they serve')).toBeFocused();
  await page.keyboard.type('Families, many Spanish-speaking.');
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('EHR system they use')).toBeFocused();
  await page.keyboard.type('Epic');
  await page.getByLabel('Interview date').fill(dayFromNow(5));
  await page.getByLabel('Interview time').fill('10:30');
  await page.getByLabel('Interviewer(s)').fill('Dana Ortiz, practice manager');
  await page.getByLabel('Notes and questions to ask them').fill('Ask how new coordinators learn Epic.\nAsk about a typical Monday.');
  await page.getByLabel('Notes and questions to ask them').blur();
  await expect(page.getByRole('status').filter({ hasText: /^Saved$/ })).toBeVisible();
  await expect(page.getByText(/\(in 5 days\)/)).toBeVisible();
  await screenshot(page, 'facility-filled', testInfo);

  // Back to the question: the card shows the name, the values and the notes.
  await page.getByRole('button', { name: '← Back to the question' }).click();
  await expect(page.locator('#question-text')).toHaveText(FIT_QUESTION);
  const card = page.getByRole('region', { name: 'Riverside Family Clinic' });
  await expect(card).toBeVisible();
  await expect(card).toContainText('Clinic · Interview in 5 days');
  await expect(card).toContainText('Compassion, respect and access for every family.');
  await expect(card).toContainText('Ask how new coordinators learn Epic.');
  await screenshot(page, 'facility-card-fit', testInfo);

  // A closing question shows it too; a question of another kind does not.
  await practice(page, CLOSING_QUESTION);
  await expect(page.getByRole('region', { name: 'Riverside Family Clinic' })).toContainText('Ask about a typical Monday.');
  await practice(page, OTHER_QUESTION);
  await expect(page.getByRole('region', { name: 'Riverside Family Clinic' })).toHaveCount(0);

  // Reload: the home screen counts down, and every field is as it was left.
  await page.reload();
  const home = page.getByRole('region', { name: 'Your interview' });
  await expect(home).toContainText('Interview in 5 days at Riverside Family Clinic');
  await expect(home).toContainText('10:30');
  await home.getByRole('button', { name: 'Your facility notes' }).click();
  await expect(page.getByLabel('Facility name')).toHaveValue('Riverside Family Clinic');
  await expect(page.getByLabel('Kind of facility')).toHaveValue('clinic');
  await expect(page.getByLabel('EHR system they use')).toHaveValue('Epic');
  await expect(page.getByLabel('Interview date')).toHaveValue(dayFromNow(5));
  await expect(page.getByLabel('Interview time')).toHaveValue('10:30');
  await expect(page.getByLabel('Interviewer(s)')).toHaveValue('Dana Ortiz, practice manager');
  await expect(page.getByLabel('Notes and questions to ask them')).toHaveValue(
    'Ask how new coordinators learn Epic.\nAsk about a typical Monday.',
  );

  await practice(page, FIT_QUESTION);
  await expect(page.getByRole('region', { name: 'Riverside Family Clinic' })).toContainText(
    'Compassion, respect and access for every family.',
  );
});

/** Pictures in both color schemes (kept only in the screenshots project). */
async function screenshotsLightAndDark(page: Page, name: string, testInfo: TestInfo) {
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await screenshot(page, `${scheme}-${name}`, testInfo);
  }
  await page.emulateMedia({ colorScheme: 'light' });
}

test('the facility screen and its card have no serious accessibility problems (light and dark)', async ({ studio }, testInfo) => {
  const { page } = studio;

  await practice(page, FIT_QUESTION);
  await expect(page.getByRole('button', { name: 'Add the facility you’re interviewing with' })).toBeVisible();
  expect(await seriousViolationsLightAndDark(page), 'practice with no profile').toEqual([]);

  await openFacility(page);
  expect(await seriousViolationsLightAndDark(page), 'empty profile').toEqual([]);
  await page.getByLabel('Facility name').fill('Lakeside Hospital');
  await page.getByLabel('Kind of facility').selectOption('hospital');
  await page.getByLabel('Mission and values').fill('Every patient, every time.');
  await page.getByLabel('Interview date').fill(dayFromNow(1));
  await page.getByLabel('Notes and questions to ask them').fill('What does success look like after 90 days?');
  await page.getByLabel('Notes and questions to ask them').blur();
  await expect(page.getByRole('status').filter({ hasText: /^Saved$/ })).toBeVisible();
  await screenshotsLightAndDark(page, 'facility', testInfo);
  expect(await seriousViolationsLightAndDark(page), 'filled profile').toEqual([]);

  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Questions' }).click();
  await expect(page.getByRole('region', { name: 'Your interview' })).toContainText('Interview tomorrow at Lakeside Hospital');
  expect(await seriousViolationsLightAndDark(page), 'home with the countdown').toEqual([]);

  await practice(page, FIT_QUESTION);
  await expect(page.getByRole('region', { name: 'Lakeside Hospital' })).toBeVisible();
  await screenshotsLightAndDark(page, 'facility-card', testInfo);
  expect(await seriousViolationsLightAndDark(page), 'practice with the card').toEqual([]);
});
