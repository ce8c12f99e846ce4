import type { MockSession } from '#shared/schemas/mock.js';

/**
 * Which follow-up the interviewer asks after the answer at `position` (0-based) of a mock
 * interview, or null for none. Real interviewers follow up on some answers, not all: here every
 * second answer (the 2nd, 4th, 6th…) whose question has follow-ups gets one, taking the question's
 * follow-ups in turn. A fixed rule rather than a random one, so a resumed interview asks the same
 * and a test knows what comes.
 */
export function mockFollowUpIndex(session: Pick<MockSession, 'followUpQuestions'>, position: number, followUpCount: number): number | null {
  if (session.followUpQuestions !== 'some' || followUpCount === 0 || position % 2 === 0) return null;
  return Math.floor(position / 2) % followUpCount;
}
