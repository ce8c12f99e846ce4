import type { Page } from '@playwright/test';
import { expect } from '#tests/e2e/fixtures.js';
import { bridgeCall, seedAnswers } from '#tests/e2e/data/seed.js';

/**
 * The screens of a take and around it, visited in a small window (issue 16): the question before
 * it starts, think time, recording, the review with measurements, STAR marks and the What next?
 * bar, Compare, a Due today run, a mock interview's report and its run, and the readiness report.
 */

/** A behavioral question, so its review shows the STAR marks and their timing. */
export const STAR_QUESTION = 'nervous-patient';
const STAR_QUESTION_TEXT = 'nervous or frightened person';

/**
 * The page's own check: nothing scrolls sideways and no element is wider than the window. Each
 * finding is named once (a table's rows are one finding), with what sticks out past the edge when
 * the page scrolls sideways.
 */
export async function tooWide(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const root = document.scrollingElement ?? document.documentElement;
    const width = root.clientWidth;
    const scrolls = root.scrollWidth > width;
    const found = new Set<string>();
    if (scrolls) found.add(`the page scrolls sideways (${root.scrollWidth} px in ${width} px)`);
    for (const el of document.body.querySelectorAll('*')) {
      const box = el.getBoundingClientRect();
      const name = `${el.tagName.toLowerCase()}${[...el.classList].map((c) => `.${c}`).join('')}`;
      if (box.width > width + 0.5) found.add(`${name} is wider than the window`);
      else if (scrolls && box.width > 0 && box.right > width + 0.5) found.add(`${name} passes the window's right edge`);
    }
    return [...found].slice(0, 12);
  });
}

/**
 * Through the contract: STAR marks on the question's takes, a finished mock interview with its
 * answers, and settings that give think time (run through with page.clock) and start recording
 * by themselves. Reloads, so the app starts with them.
 */
export async function seedFlowData(page: Page, starTakeIds: string[]): Promise<void> {
  for (const attemptId of starTakeIds)
    await bridgeCall(page, 'attempts', 'starMarks', { attemptId, starMarks: { situation: 200, task: 900, action: 1700, result: 2900 } });
  const timeZone = await page.evaluate(() => Intl.DateTimeFormat().resolvedOptions().timeZone);
  const session = await bridgeCall<{ id: string; questionIds: string[] }>(page, 'mock', 'start', { questionCount: 3, timeZone });
  await seedAnswers(page, session.questionIds, { sessionId: session.id });
  await bridgeCall(page, 'mock', 'end', { sessionId: session.id });
  await bridgeCall(page, 'settings', 'set', { thinkSeconds: 30, autoStartRecording: true, speakPrompts: false, mockQuestionCount: 3 });
  await page.reload();
}

type Visit = {
  /** Opens a screen from the main navigation (through Menu when the tabs are folded). */
  open(screen: string): Promise<void>;
  /** Checks the screen as it is now, under a name for messages and screenshots. */
  check(screen: string): Promise<void>;
};

/** The review's sticky footer covers about one line, and a field focused under it scrolls clear. */
async function checkWhatNextBar(page: Page, label: string) {
  const bar = page.getByRole('navigation', { name: 'What next' });
  await expect(bar).toBeInViewport();
  const height = (await bar.boundingBox())!.height;
  expect(height, `${label}: the What next? bar covers more than a line`).toBeLessThanOrEqual(60);

  // Put the first rating just above the window's bottom edge, under the bar, then focus it as Tab would.
  const rating = page.getByRole('radio', { name: /^1 — / });
  await rating.evaluate((el) => window.scrollBy(0, el.getBoundingClientRect().bottom - window.innerHeight + 4));
  await rating.focus();
  const field = (await rating.boundingBox())!;
  const barTop = (await bar.boundingBox())!.y;
  expect(field.y + field.height, `${label}: the focused rating is hidden under the What next? bar`).toBeLessThanOrEqual(barTop);
  await page.evaluate(() => window.scrollTo(0, 0));
}

/** Needs `page.clock.install()` before the app loaded, and seedFlowData's settings. */
export async function visitFlowScreens(page: Page, { open, check }: Visit, label: string): Promise<void> {
  const question = page.locator('.question-row', { hasText: STAR_QUESTION_TEXT });
  await open('Questions');
  await question.click();
  await expect(page.getByRole('button', { name: 'Start this question' })).toBeVisible();
  await check('practice-prompt');

  await page.getByRole('button', { name: 'Start this question' }).click();
  await expect(page.getByRole('heading', { name: 'Think time' })).toBeVisible();
  await check('practice-think');
  // In a short window the clock and its button are in view together, nothing to scroll to.
  await expect(page.locator('.countdown')).toBeInViewport();
  await expect(page.getByRole('button', { name: 'Start answering now' })).toBeInViewport();
  // The question stays in view while the person thinks and answers, with the button that has the focus.
  await expect(page.locator('#question-text')).toBeInViewport({ ratio: 1 });
  await page.clock.runFor(31_000);
  await expect(page.getByRole('heading', { name: 'Recording your answer' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Stop and review' })).toBeInViewport({ ratio: 1 });
  await expect(page.getByRole('button', { name: 'Stop and review' })).toBeFocused();
  await expect(page.locator('#question-text')).toBeInViewport({ ratio: 1 });
  await check('practice-recording');
  await page.getByRole('button', { name: 'Discard this take' }).click();
  await expect(page.getByText('The take was discarded.')).toBeVisible();

  await page.locator('.attempt-row').first().click();
  await expect(page.getByRole('heading', { name: 'Listen back' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Time in each STAR part' })).toBeVisible();
  await check('review');
  await checkWhatNextBar(page, label);

  await page.getByRole('button', { name: 'Compare two takes' }).click();
  await expect(page.getByRole('heading', { name: 'Compare takes' })).toBeVisible();
  await check('compare');

  await open('Due today');
  await page.getByRole('button', { name: 'Practice due questions' }).click();
  await expect(page.getByText(/^Due today · question 1 of \d+$/)).toBeVisible();
  await check('due-run');

  await open('Mock interview');
  await page
    .getByRole('button', { name: /^Open report/ })
    .first()
    .click();
  await expect(page.getByRole('heading', { name: 'Mock interview report' })).toBeVisible();
  await check('mock-report');

  await open('Progress');
  await page.getByRole('button', { name: 'Readiness report for a mentor' }).click();
  await expect(page.getByRole('heading', { name: /^Interview readiness/ })).toBeVisible();
  await check('readiness-report');

  // Last: the run itself, as far as its first answer being recorded.
  await open('Mock interview');
  await page.getByRole('button', { name: 'Start a 3-question interview' }).click();
  await expect(page.getByText('Mock interview · question 1 of 3')).toBeVisible();
  await page.clock.runFor(31_000);
  await expect(page.getByRole('heading', { name: 'Recording your answer' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Stop and go on' })).toBeInViewport();
  await check('mock-run');
}
