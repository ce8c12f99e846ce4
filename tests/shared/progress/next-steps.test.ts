import { describe, expect, it } from 'vitest';
import { suggestNextSteps } from '#shared/progress/next-steps.js';
import { progressSummary } from '#shared/progress/summary.js';
import { answer, library } from './library-fixture.js';

const NOW = new Date('2026-11-27T18:00:00.000Z');

describe('suggested next steps for the readiness report', () => {
  it('names the weakest criterion, untried categories, low ratings, unreviewed answers and habits', () => {
    const attempts = [
      answer('billing-error', '2026-11-20T10:00:00Z', { rating: 2, marks: { star: 'not_met', empathy: 'met' } }),
      answer('prior-auth', '2026-11-21T10:00:00Z', { rating: 2, marks: { star: 'partly', empathy: 'met' } }),
      answer('about-you', '2026-11-22T10:00:00Z', { rating: 4, marks: { star: 'not_met', empathy: 'met' } }),
      answer('epic', '2026-11-23T10:00:00Z'), // recorded, never reviewed
    ];
    const summary = progressSummary({ attempts, library, timeZone: 'UTC', now: NOW });
    const steps = suggestNextSteps(summary, library, 0);

    expect(steps[0]).toMatch(/^Work on “STAR structure”: met in 17% of reviewed answers\./);
    expect(steps.some((s) => s.startsWith('Work on “Warmth'))).toBe(false); // met every time
    expect(steps).toContain(
      'Try the categories not practiced yet: Why this facility, Empathy and communication, Upset patients and conflict, Closing.',
    );
    expect(steps).toContain('Re-record your answers in Billing and insurance, where your own ratings average under 3 of 5.');
    expect(steps).toContain('Review the answer you recorded but have not marked yet.');
    expect(steps).toContain('Run a mock interview to practice answering several questions back to back.');
    expect(steps.at(-1)).toMatch(/Keep the habit/);
  });

  it('says nothing about a criterion with too few marks to judge, or a habit already kept', () => {
    const attempts = [answer('about-you', '2026-11-27T10:00:00Z', { rating: 5, marks: { star: 'not_met' } })];
    const steps = suggestNextSteps(progressSummary({ attempts, library, timeZone: 'UTC', now: NOW }), library, 2);
    expect(steps.some((s) => s.startsWith('Work on'))).toBe(false);
    expect(steps.some((s) => s.includes('mock interview'))).toBe(false);
    expect(steps.some((s) => s.includes('Keep the habit'))).toBe(false);
  });
});
