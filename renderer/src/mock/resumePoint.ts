import type { Attempt } from '#shared/schemas/attempt.js';
import type { MockSession } from '#shared/schemas/mock.js';

/**
 * Where an interrupted mock interview picks up: after the last question answered in it (a question
 * skipped before that stays skipped), from the start when nothing was answered. At the end when
 * the last question was answered: only the report is left.
 */
export function resumePoint(session: Pick<MockSession, 'id' | 'questionIds'>, attempts: readonly Attempt[]): number {
  const answered = new Set(attempts.filter((a) => a.sessionId === session.id && a.parentAttemptId === undefined).map((a) => a.questionId));
  let last = -1;
  session.questionIds.forEach((id, i) => {
    if (answered.has(id)) last = i;
  });
  return last + 1;
}

/** The newest mock interview that was started and neither finished nor ended, if any. */
export const interruptedSession = (sessions: readonly MockSession[]): MockSession | undefined =>
  [...sessions].sort((a, b) => b.startedAt.localeCompare(a.startedAt)).find((s) => s.endedAt === null);
