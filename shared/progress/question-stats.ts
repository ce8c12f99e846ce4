import type { Attempt } from '#shared/schemas/attempt.js';
import type { QuestionProgress } from '#shared/schemas/progress.js';

/**
 * Per-question figures in one pass over the attempts, so the cost is O(attempts) however many
 * questions there are. Only practised questions appear; the caller joins them to the library.
 */
export function questionStats(attempts: Iterable<Attempt>): Map<string, QuestionProgress> {
  const stats = new Map<string, QuestionProgress>();
  // When the latest rating was given, per question: the newest rated answer wins.
  const latestRatedAt = new Map<string, string>();
  for (const a of attempts) {
    let s = stats.get(a.questionId);
    if (!s) {
      s = { questionId: a.questionId, attempts: 0, rated: 0, latestRating: null, bestRating: null, lastPractisedAt: null };
      stats.set(a.questionId, s);
    }
    s.attempts++;
    if (s.lastPractisedAt === null || a.createdAt > s.lastPractisedAt) s.lastPractisedAt = a.createdAt;
    const rating = a.review.rating;
    if (rating === null) continue;
    s.rated++;
    s.bestRating = Math.max(s.bestRating ?? 0, rating);
    const seen = latestRatedAt.get(a.questionId);
    if (seen === undefined || a.createdAt > seen) {
      latestRatedAt.set(a.questionId, a.createdAt);
      s.latestRating = rating;
    }
  }
  return stats;
}
