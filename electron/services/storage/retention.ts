import type { Attempt } from '#shared/schemas/attempt.js';
import type { AttemptsPort } from '#electron/services/attempts/attempts-port.js';
import type { Clock } from './clock.js';

const DAY_MS = 24 * 60 * 60 * 1000;

export interface RetentionDeps {
  attempts: Pick<AttemptsPort, 'list' | 'markRecordingDeleted'>;
  removeRecording: (id: string) => Promise<boolean>;
  clock: Clock;
}

/** Answers recorded more than `days` days ago that still have their audio. */
export function recordingsOlderThan(attempts: readonly Attempt[], days: number, now: Date): Attempt[] {
  const cutoff = now.getTime() - days * DAY_MS;
  return attempts.filter((a) => a.hasRecording && Date.parse(a.createdAt) < cutoff);
}

export function previewRetention(deps: RetentionDeps, days: number): { recordingCount: number; bytes: number } {
  const old = recordingsOlderThan(deps.attempts.list(), days, deps.clock());
  return { recordingCount: old.length, bytes: old.reduce((sum, a) => sum + a.sizeBytes, 0) };
}

/**
 * Deletes the audio of old answers and keeps everything else (review, measurements, STAR
 * marks). The file goes first, then the answer is marked: if marking fails, the answer still
 * says it has audio and the next run finishes the job (removing a missing file is harmless);
 * the other order could leave audio behind that nothing points to.
 */
export async function runRetention(deps: RetentionDeps, days: number | null): Promise<{ removed: number }> {
  if (days === null) return { removed: 0 };
  let removed = 0;
  for (const attempt of recordingsOlderThan(deps.attempts.list(), days, deps.clock())) {
    await deps.removeRecording(attempt.id);
    await deps.attempts.markRecordingDeleted(attempt.id);
    removed++;
  }
  return { removed };
}
