import type { Page } from '@playwright/test';

/** Driving the practice screen the way the e2e tests do (tests/e2e/practice/helpers.ts), with bounded waits. */

export const UI_TIMEOUT_MS = 30_000;

export async function openQuestion(page: Page, index: number): Promise<void> {
  await page.getByRole('heading', { name: 'Practice questions' }).waitFor({ timeout: UI_TIMEOUT_MS });
  await page.locator('.question-row').nth(index).click({ timeout: UI_TIMEOUT_MS });
  await page.locator('#question-text').waitFor({ timeout: UI_TIMEOUT_MS });
  // Opening a question starts nothing: Start begins think time, or recording, as the settings say.
  await page.getByRole('button', { name: 'Start this question' }).click({ timeout: UI_TIMEOUT_MS });
}

export async function waitForRecording(page: Page): Promise<void> {
  await page.getByRole('heading', { name: 'Recording your answer' }).waitFor({ timeout: UI_TIMEOUT_MS });
}

export async function stopAndReview(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Stop and review' }).click({ timeout: UI_TIMEOUT_MS });
}

export async function backToQuestions(page: Page): Promise<void> {
  await page.getByRole('button', { name: '← All questions' }).click({ timeout: UI_TIMEOUT_MS });
  await page.getByRole('heading', { name: 'Practice questions' }).waitFor({ timeout: UI_TIMEOUT_MS });
}

/** "4:59" → 299, or null when the player shows no duration. */
export async function playerDurationSeconds(page: Page): Promise<number | null> {
  const text = await page.getByTestId('player-duration').textContent({ timeout: UI_TIMEOUT_MS });
  if (!text) return null;
  const [m, s] = text.trim().split(':').map(Number);
  return m === undefined || s === undefined || Number.isNaN(m) || Number.isNaN(s) ? null : m * 60 + s;
}
