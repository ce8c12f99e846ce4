import type { Question } from './schema.js';

/**
 * Whether STAR fits the question: built-in questions say so with their answer type (behavioral
 * only); a custom question without one follows its criteria, as it did before answer types existed.
 */
export function starApplies(question: Pick<Question, 'answerType' | 'criteriaIds'>): boolean {
  return question.answerType ? question.answerType === 'behavioral' : question.criteriaIds.includes('star');
}
