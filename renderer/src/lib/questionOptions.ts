import type { Library } from '#shared/content/schema.js';
import type { Attempt } from '#shared/schemas/attempt.js';
import { DELETED_QUESTION_LABEL, isCustomQuestionId } from '#shared/schemas/questions.js';

export type QuestionOption = { id: string; text: string; answers: number };

/** The questions that have answers, in the bank's order, with how many answers each has. */
export function questionsWithAnswers(library: Pick<Library, 'questions'>, attempts: readonly Attempt[]): QuestionOption[] {
  const counts = new Map<string, number>();
  for (const a of attempts) counts.set(a.questionId, (counts.get(a.questionId) ?? 0) + 1);
  const known = library.questions.filter((q) => counts.has(q.id)).map((q) => ({ id: q.id, text: q.text, answers: counts.get(q.id)! }));
  // Answers to questions the bank no longer has (or from another computer's custom questions) still count.
  // One the user deleted is named as such (with its id, as there may be several).
  const unknown = [...counts]
    .filter(([id]) => !library.questions.some((q) => q.id === id))
    .map(([id, answers]) => ({ id, text: isCustomQuestionId(id) ? `${DELETED_QUESTION_LABEL} ${id}` : id, answers }));
  return [...known, ...unknown];
}
