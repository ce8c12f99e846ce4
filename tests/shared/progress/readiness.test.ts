import { describe, expect, it } from 'vitest';
import type { CategoryProgress, CriterionProgress } from '#shared/schemas/progress.js';
import { asPhrase, readinessSummary, type ReadinessInput } from '#shared/progress/readiness.js';
import { library } from './library-fixture.js';

const criterion = (criterionId: string, met: number, partly: number, notMet: number): CriterionProgress => {
  const marked = met + partly + notMet;
  return { criterionId, met, partly, notMet, share: marked ? (met + partly / 2) / marked : null, trend: [] };
};
const category = (categoryId: string, averageRating: number | null): CategoryProgress => ({
  categoryId,
  questionsTotal: 6,
  questionsPractised: averageRating === null ? 0 : 3,
  attempts: averageRating === null ? 0 : 5,
  averageRating,
  ratedQuestions: averageRating === null ? 0 : 3,
});

const input = (overrides: Partial<ReadinessInput>): ReadinessInput => ({
  criteria: library.criteria,
  categories: library.categories,
  criterionProgress: [],
  categoryProgress: [],
  attempts: 20,
  questionsTotal: 72,
  questionsPractised: 60,
  ...overrides,
});

describe('readiness in words', () => {
  it('names the strongest criterion, the weakest category and what is left, like the issue’s example', () => {
    const text = readinessSummary(
      input({
        criterionProgress: [criterion('empathy', 8, 1, 0), criterion('star', 2, 2, 4)],
        categoryProgress: [category('empathy-q', 4.5), category('billing', 2.2), category('ehr', 3.4)],
      }),
    );
    expect(text).toBe(
      'Strong on warmth, empathy and active listening; weakest on billing and insurance questions; 12 of 72 questions not yet practiced.',
    );
  });

  it('names two strengths so they cannot blur into one, and keeps acronyms in capitals', () => {
    const text = readinessSummary(
      input({
        criterionProgress: [criterion('empathy', 5, 0, 0), criterion('star', 4, 0, 1)],
        categoryProgress: [category('ehr', 2)],
        questionsPractised: 72,
      }),
    );
    expect(text).toBe(
      'Strong on warmth, empathy and active listening and on STAR structure; weakest on EHR and technology questions; all 72 questions practiced.',
    );
  });

  it('does not call a criterion a strength on too few answers, or below three quarters met', () => {
    const text = readinessSummary(
      input({
        criterionProgress: [criterion('empathy', 2, 0, 0), criterion('star', 3, 0, 2)],
        categoryProgress: [category('billing', 4.5)],
      }),
    );
    expect(text).toBe('12 of 72 questions not yet practiced.');
  });

  it('says when no rated category is weak', () => {
    const text = readinessSummary(input({ categoryProgress: [category('billing', 4.5), category('ehr', 4.2)] }));
    expect(text).toBe('No weak area among the categories you have rated; 12 of 72 questions not yet practiced.');
  });

  it('asks for reviews when answers exist but none is reviewed', () => {
    expect(readinessSummary(input({ questionsPractised: 3 }))).toBe(
      'Review your answers against the checklist to see your strengths; 69 of 72 questions not yet practiced.',
    );
  });

  it('has its own sentence for a fresh start', () => {
    expect(readinessSummary(input({ attempts: 0, questionsPractised: 0 }))).toBe(
      'No answers yet — practice a question to see how ready you are.',
    );
  });

  it('turns labels into phrases', () => {
    expect(asPhrase('A concrete example')).toBe('concrete example');
    expect(asPhrase('EHR and scheduling software')).toBe('EHR and scheduling software');
    expect(asPhrase('Billing and insurance')).toBe('billing and insurance');
  });
});
