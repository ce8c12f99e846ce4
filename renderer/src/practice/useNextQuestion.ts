import type { Library } from '#shared/content/schema.js';
import type { DueQueue } from '#shared/schemas/schedule.js';
import type { StudioClient } from '#renderer/api/client.js';
import { userTimeZone } from '#renderer/lib/timeZone.js';
import { useRemote } from '#renderer/lib/useRemote.js';

export type NextQuestion = { questionId: string; due: boolean };

/**
 * Where to go after this question: the next question due today when there is one (the schedule's
 * own order), else the one after it in the list; null at the end of the list with nothing due.
 */
export function nextQuestionAfter(questionId: string, library: Pick<Library, 'questions'>, due: DueQueue | null): NextQuestion | null {
  const known = new Set(library.questions.map((q) => q.id));
  const dueNext = due?.items.find((item) => item.questionId !== questionId && known.has(item.questionId));
  if (dueNext) return { questionId: dueNext.questionId, due: true };
  const at = library.questions.findIndex((q) => q.id === questionId);
  const after = at >= 0 ? library.questions[at + 1] : undefined;
  return after ? { questionId: after.id, due: false } : null;
}

/** The same, with today's queue loaded once for the screen (a failed load falls back to the list). */
export function useNextQuestion(client: StudioClient, questionId: string, library: Library): NextQuestion | null {
  const due = useRemote(() => client.schedule.due({ timeZone: userTimeZone() }), [client]);
  return nextQuestionAfter(questionId, library, due.data);
}
