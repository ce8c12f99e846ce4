import type { QuestionGroup } from './groupQuestions.js';

/** The search box's id: the header's skip link lands on it. */
export const QUESTION_SEARCH_ID = 'question-search';

/** Lower case without accents, so "resume" finds "résumé" and "EHR" finds "ehr". */
const fold = (text: string) =>
  text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase();

/**
 * The groups with only the questions that hold every word of the query somewhere in their text,
 * their category's name, or their hints (what to listen for, the STAR hint, the follow-ups and
 * must-haves). Built-in questions and the person's own are searched alike; an empty query keeps all.
 */
export function searchQuestions(groups: readonly QuestionGroup[], query: string): QuestionGroup[] {
  const words = fold(query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return [...groups];
  return groups
    .map(({ category, questions }) => ({
      category,
      questions: questions.filter((q) => {
        const haystack = fold(
          [q.text, category.label, q.listenFor, q.starHint, ...q.followUps, ...(q.mustHaves ?? []).map((m) => m.text)].join('\n'),
        );
        return words.every((w) => haystack.includes(w));
      }),
    }))
    .filter((g) => g.questions.length > 0);
}
