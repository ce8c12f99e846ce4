import type { Attempt } from '#shared/schemas/attempt.js';
import type { AttemptsPort } from './attempts-port.js';

/**
 * Gives attempts made during a mock interview their session id. The recordings service creates
 * attempts through the port it is given and knows nothing of sessions; `recordings:begin` notes
 * which recording belongs to which session here, and this port adds the id as the attempt is
 * created, in the same single journal write. (A recording rescued after a crash comes back as
 * ordinary practice: the session lives only in this process.)
 */
export function tagAttemptsWithSessions<P extends AttemptsPort>(inner: P) {
  const sessionOf = new Map<string, string>();
  // The store's methods are closures (no `this`), so copying them keeps them working.
  const port: P = {
    ...inner,
    create(attempt: Attempt) {
      const sessionId = sessionOf.get(attempt.id);
      sessionOf.delete(attempt.id);
      return inner.create(sessionId ? { ...attempt, sessionId } : attempt);
    },
  };
  return {
    port,
    /** The recording with this id (its attempt will have the same id) belongs to this session. */
    expect: (recordingId: string, sessionId: string) => void sessionOf.set(recordingId, sessionId),
    forget: (recordingId: string) => void sessionOf.delete(recordingId),
  };
}
