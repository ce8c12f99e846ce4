import type { Library } from '#shared/content/schema.js';
import type { Attempt, CriterionMark } from '#shared/schemas/attempt.js';
import { makeAttempt } from '#tests/support/attempt-factory.js';

const criterion = (id: string, label: string) => ({ id, label, meaning: 'm', listenFor: 'l', guideSection: 'g' });
const question = (id: string, categoryId: string) => ({
  id,
  text: `Question ${id}?`,
  categoryId,
  criteriaIds: ['star'],
  listenFor: 'l',
  starHint: 's',
  followUps: ['f'],
  difficulty: 'medium' as const,
  custom: false,
});

/** A small bank with every interview stage: two questions per category, nine categories' worth of stages. */
export const library: Library = {
  criteria: [
    criterion('star', 'STAR structure'),
    criterion('empathy', 'Warmth, empathy and active listening'),
    criterion('specific-example', 'A concrete example'),
  ],
  categories: [
    { id: 'opening', label: 'Opening and background', description: 'd', interviewStage: 'opening' },
    { id: 'fit', label: 'Why this facility', description: 'd', interviewStage: 'opening' },
    { id: 'empathy-q', label: 'Empathy and communication', description: 'd', interviewStage: 'behavioral' },
    { id: 'conflict', label: 'Upset patients and conflict', description: 'd', interviewStage: 'behavioral' },
    { id: 'billing', label: 'Billing and insurance', description: 'd', interviewStage: 'role' },
    { id: 'ehr', label: 'EHR and technology', description: 'd', interviewStage: 'role' },
    { id: 'closing', label: 'Closing', description: 'd', interviewStage: 'closing' },
  ],
  questions: [
    question('about-you', 'opening'),
    question('role-in-words', 'opening'),
    question('why-us', 'fit'),
    question('our-patients', 'fit'),
    question('anxious-patient', 'empathy-q'),
    question('interpreter', 'empathy-q'),
    question('angry-caller', 'conflict'),
    question('refused-request', 'conflict'),
    question('billing-error', 'billing'),
    question('prior-auth', 'billing'),
    question('epic', 'ehr'),
    question('outage', 'ehr'),
    question('questions-for-us', 'closing'),
    question('why-hire-you', 'closing'),
  ],
  checklists: [],
};

/** An attempt given at `createdAt`, rated and marked at `reviewedAt` (when either is given). */
export function answer(
  questionId: string,
  createdAt: string,
  review: { rating?: number | null; marks?: Record<string, CriterionMark>; reviewedAt?: string } = {},
): Attempt {
  const reviewed = review.rating !== undefined || review.marks !== undefined;
  return makeAttempt({
    questionId,
    createdAt,
    review: { marks: review.marks ?? {}, criterionNotes: {}, rating: review.rating ?? null, nextTime: '' },
    reviewedAt: reviewed ? (review.reviewedAt ?? createdAt) : null,
  });
}
