import { randomUUID } from 'node:crypto';
import { EMPTY_REVIEW, EMPTY_STAR_MARKS, type Attempt } from '#shared/schemas/attempt.js';

export function makeAttempt(overrides: Partial<Attempt> = {}): Attempt {
  return {
    id: randomUUID(),
    questionId: 'upset-billing-error',
    createdAt: '2026-11-27T10:00:00.000Z',
    durationMs: 4000,
    mimeType: 'audio/webm;codecs=opus',
    sizeBytes: 1234,
    hasRecording: true,
    recovered: false,
    review: EMPTY_REVIEW,
    reviewedAt: null,
    measurements: null,
    starMarks: EMPTY_STAR_MARKS,
    ...overrides,
  };
}
