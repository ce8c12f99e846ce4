import { EMPTY_REVIEW, EMPTY_STAR_MARKS, type Attempt } from '#shared/schemas/attempt.js';

/** The attempt a finished (or recovered) recording becomes; its id is the recording's id. */
export function attemptFor(recording: {
  id: string;
  questionId: string;
  mimeType: string;
  createdAt: Date;
  durationMs: number;
  sizeBytes: number;
  recovered: boolean;
}): Attempt {
  return {
    id: recording.id,
    questionId: recording.questionId,
    createdAt: recording.createdAt.toISOString(),
    durationMs: Math.max(0, Math.round(recording.durationMs)),
    mimeType: recording.mimeType,
    sizeBytes: recording.sizeBytes,
    hasRecording: true,
    recovered: recording.recovered,
    review: EMPTY_REVIEW,
    reviewedAt: null,
    measurements: null,
    starMarks: EMPTY_STAR_MARKS,
  };
}
