import type { Attempt } from '#shared/schemas/attempt.js';
import type { RatedReview } from './fsrs-schedule.js';

export type QuestionHistory = {
  /** Rated answers in the order they were rated. */
  reviews: RatedReview[];
  attempts: number;
  firstPractisedAt: string;
  /** Changes whenever a rating is added, changed or removed: the key for reusing a replayed card. */
  fingerprint: string;
};

/**
 * Groups attempts by question with their ratings in rating order (reviewedAt), the history FSRS
 * replays. An attempt with a rating but no reviewedAt cannot happen through the app; it is skipped
 * rather than guessed at.
 */
export function questionHistories(attempts: Iterable<Attempt>): Map<string, QuestionHistory> {
  const histories = new Map<string, QuestionHistory>();
  for (const a of attempts) {
    let h = histories.get(a.questionId);
    if (!h) histories.set(a.questionId, (h = { reviews: [], attempts: 0, firstPractisedAt: a.createdAt, fingerprint: '' }));
    h.attempts++;
    if (a.createdAt < h.firstPractisedAt) h.firstPractisedAt = a.createdAt;
    if (a.review.rating !== null && a.reviewedAt !== null) h.reviews.push({ at: a.reviewedAt, rating: a.review.rating });
  }
  for (const h of histories.values()) {
    h.reviews.sort((x, y) => Date.parse(x.at) - Date.parse(y.at));
    h.fingerprint = h.reviews.map((r) => `${r.at}|${r.rating}`).join(',');
  }
  return histories;
}
