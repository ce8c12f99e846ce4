import type { LibraryQuestion } from '#shared/content/schema.js';
import type { Attempt, FollowUpLink } from '#shared/schemas/attempt.js';

/** The answer a follow-up belongs to: a follow-up of a follow-up still follows the first answer. */
export const rootAnswerId = (attempt: Attempt): string => attempt.parentAttemptId ?? attempt.id;

/**
 * Which follow-up to ask after this answer: the first the person has not answered for it yet, then
 * round again, so repeating "Answer a follow-up" goes through all of them.
 */
export function nextFollowUp(question: LibraryQuestion, attempt: Attempt, takes: readonly Attempt[]): FollowUpLink | null {
  const count = question.followUps.length;
  if (count === 0) return null;
  const parentAttemptId = rootAnswerId(attempt);
  const asked = takes.filter((a) => a.parentAttemptId === parentAttemptId).map((a) => a.followUpIndex ?? 0);
  const fresh = question.followUps.findIndex((_, i) => !asked.includes(i));
  return { parentAttemptId, followUpIndex: fresh >= 0 ? fresh : asked.length % count };
}

/** The follow-up's words, or null when the question no longer has that many follow-ups. */
export const followUpText = (question: LibraryQuestion, link: Pick<FollowUpLink, 'followUpIndex'> | null): string | null =>
  link === null ? null : (question.followUps[link.followUpIndex] ?? null);
