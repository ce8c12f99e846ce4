import type { Library, Question } from '#shared/content/schema.js';
import { isCustomQuestionId } from '#shared/schemas/questions.js';

/**
 * What a custom question may point at: the built-in categories and criteria. The user picks from
 * these in the app; a file edited by hand or an archive from another build may name others.
 */
export type BuiltInRefs = Pick<Library, 'categories' | 'criteria' | 'questions'>;

/** Why a question cannot be kept next to the built-in bank, in words for the user; null when it can. */
export function referenceProblem(question: Question, builtIn: BuiltInRefs): string | null {
  if (!isCustomQuestionId(question.id)) return `"${question.id}" is not the id of one of your own questions`;
  if (builtIn.questions.some((q) => q.id === question.id)) return `"${question.id}" is the id of a built-in question`;
  if (!builtIn.categories.some((c) => c.id === question.categoryId)) return `unknown category "${question.categoryId}"`;
  const unknown = question.criteriaIds.find((id) => !builtIn.criteria.some((c) => c.id === id));
  if (unknown !== undefined) return `unknown criterion "${unknown}"`;
  return null;
}

/** Same words, ignoring case, spacing and the final punctuation: the same question asked twice. */
export const sameText = (a: string, b: string): boolean => normalize(a) === normalize(b);
const normalize = (text: string) =>
  text
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .replace(/[?.!\s]+$/, '');
