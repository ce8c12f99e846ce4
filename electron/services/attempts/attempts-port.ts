import type { Attempt, Review } from '#shared/schemas/attempt.js';

/**
 * What other services (recordings, retention, export) need from the attempt store. The
 * implementation lives in attempts.ts; depending on this narrow shape keeps them testable.
 */
export interface AttemptsPort {
  /** Adds a new attempt; throws `conflict` if the id exists. Durable when the promise resolves. */
  create(attempt: Attempt): Promise<Attempt>;
  get(id: string): Attempt | undefined;
  list(filter?: { questionId?: string }): Attempt[];
  review(id: string, review: Review): Promise<Attempt>;
  /** Keeps the attempt and its review but records that its audio is gone. */
  markRecordingDeleted(id: string): Promise<Attempt>;
  delete(id: string): Promise<boolean>;
}
