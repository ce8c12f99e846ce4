import type { CriterionMark } from '#shared/schemas/attempt.js';

/** The three marks a point of the review can get, in the order they are offered. */
export const MARKS: ReadonlyArray<{ value: CriterionMark; label: string }> = [
  { value: 'met', label: 'Met' },
  { value: 'partly', label: 'Partly' },
  { value: 'not_met', label: 'Not met' },
];
