import type { Attempt } from '#shared/schemas/attempt.js';
import type { AttemptsPort } from './attempts-port.js';

/** What `recordings:begin` knows about a recording that its attempt must carry. */
export type RecordingTags = Partial<Pick<Attempt, 'sessionId' | 'parentAttemptId' | 'followUpIndex'>>;

/**
 * Gives attempts made during a mock interview their session id, and answers to a follow-up the
 * link to the answer they followed. The recordings service creates attempts through the port it is
 * given and knows nothing of either; `recordings:begin` notes the tags of each recording here, and
 * this port adds them as the attempt is created, in the same single journal write. (A recording
 * rescued after a crash comes back as ordinary practice: the tags live only in this process.)
 */
export function tagAttemptsWithSessions<P extends AttemptsPort>(inner: P) {
  const tagsOf = new Map<string, RecordingTags>();
  // The store's methods are closures (no `this`), so copying them keeps them working.
  const port: P = {
    ...inner,
    create(attempt: Attempt) {
      const tags = tagsOf.get(attempt.id);
      tagsOf.delete(attempt.id);
      return inner.create(tags ? { ...attempt, ...definedOnly(tags) } : attempt);
    },
  };
  return {
    port,
    /** The recording with this id (its attempt will have the same id) carries these tags. */
    expect: (recordingId: string, tags: RecordingTags) => void tagsOf.set(recordingId, tags),
    forget: (recordingId: string) => void tagsOf.delete(recordingId),
  };
}

/** Absent tags stay absent on the attempt rather than becoming `undefined` keys. */
const definedOnly = (tags: RecordingTags): RecordingTags =>
  Object.fromEntries(Object.entries(tags).filter(([, value]) => value !== undefined)) as RecordingTags;
