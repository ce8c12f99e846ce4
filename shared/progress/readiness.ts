import type { Category, Criterion } from '#shared/content/schema.js';
import type { CategoryProgress, CriterionProgress } from '#shared/schemas/progress.js';

/** A criterion needs this many marked answers before it is called a strength: one good day is luck. */
export const MIN_MARKED_FOR_STRENGTH = 3;
/** Met (partly counting half) at least this often is "strong". */
export const STRONG_SHARE = 0.75;
/** A category whose latest ratings average below this is worth naming even when it is the only one rated. */
export const WEAK_RATING = 3.5;

export type ReadinessInput = {
  criteria: readonly Criterion[];
  categories: readonly Category[];
  criterionProgress: readonly CriterionProgress[];
  categoryProgress: readonly CategoryProgress[];
  attempts: number;
  questionsTotal: number;
  questionsPractised: number;
};

/** "Warmth, empathy and active listening" → "warmth, empathy and active listening"; "EHR and …" keeps its capitals. */
export function asPhrase(label: string): string {
  const trimmed = label.replace(/^(a|an|the)\s+/i, '');
  const acronym = /^[A-Z]{2}/.test(trimmed);
  return acronym ? trimmed : trimmed.charAt(0).toLowerCase() + trimmed.slice(1);
}

function strengths(input: ReadinessInput): string | null {
  const strong = input.criterionProgress
    .filter((c) => c.share !== null && c.share >= STRONG_SHARE && c.met + c.partly + c.notMet >= MIN_MARKED_FOR_STRENGTH)
    .sort((a, b) => b.share! - a.share! || b.met - a.met)
    .slice(0, 2)
    .map((c) => input.criteria.find((x) => x.id === c.criterionId)?.label)
    .filter((label): label is string => label !== undefined);
  if (strong.length === 0) return null;
  // "and on" rather than "and": labels hold their own "and" ("warmth, empathy and active listening").
  return `strong on ${strong.map(asPhrase).join(' and on ')}`;
}

function weakest(input: ReadinessInput): string | null {
  const rated = input.categoryProgress.filter((c) => c.averageRating !== null);
  if (rated.length === 0) return null;
  const lowest = [...rated].sort((a, b) => a.averageRating! - b.averageRating! || a.ratedQuestions - b.ratedQuestions)[0]!;
  const label = input.categories.find((c) => c.id === lowest.categoryId)?.label;
  if (!label) return null;
  if (lowest.averageRating! < WEAK_RATING || (rated.length > 1 && lowest.averageRating! < 4)) {
    return `weakest on ${asPhrase(label)} questions`;
  }
  return rated.length > 1 ? 'no weak area among the categories you have rated' : null;
}

function coverage(input: ReadinessInput): string {
  const left = input.questionsTotal - input.questionsPractised;
  if (left <= 0) return `all ${input.questionsTotal} questions practiced`;
  return `${left} of ${input.questionsTotal} ${input.questionsTotal === 1 ? 'question' : 'questions'} not yet practiced`;
}

/**
 * The readiness summary in words: the strongest criteria, the weakest category and how much of
 * the bank is still untouched, e.g. "Strong on warmth, empathy and active listening; weakest on
 * billing and insurance questions; 12 of 72 questions not yet practised."
 */
export function readinessSummary(input: ReadinessInput): string {
  if (input.attempts === 0) return 'No answers yet — practice a question to see how ready you are.';
  const hasRatings = input.categoryProgress.some((c) => c.averageRating !== null);
  const hasMarks = input.criterionProgress.some((c) => c.met + c.partly + c.notMet > 0);
  const clauses = [strengths(input), weakest(input), coverage(input)].filter((c): c is string => c !== null);
  if (!hasRatings && !hasMarks) clauses.unshift('review your answers against the checklist to see your strengths');
  const text = clauses.join('; ');
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
}
