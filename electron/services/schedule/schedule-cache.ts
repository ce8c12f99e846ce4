import type { Attempt } from '#shared/schemas/attempt.js';
import { scheduleFromReviews, type QuestionSchedule } from '#shared/progress/fsrs-schedule.js';
import { questionHistories, type QuestionHistory } from '#shared/progress/review-history.js';

/**
 * FSRS cards replayed from the ratings, reused while a question's ratings are unchanged. Replaying
 * 10,000 ratings takes about a tenth of a second; after a review is saved only that one question
 * is replayed again. Grouping the attempts (no dates parsed beyond sorting) is the only full pass.
 */
export function createScheduleCache() {
  const cards = new Map<string, { fingerprint: string; schedule: QuestionSchedule | null }>();
  let current: { revision: number; histories: Map<string, QuestionHistory>; schedules: Map<string, QuestionSchedule> } | null = null;

  return {
    current(attempts: { all(): Attempt[]; revision(): number }) {
      const revision = attempts.revision();
      if (current?.revision === revision) return current;
      const histories = questionHistories(attempts.all());
      const schedules = new Map<string, QuestionSchedule>();
      for (const [questionId, history] of histories) {
        let card = cards.get(questionId);
        if (card?.fingerprint !== history.fingerprint) {
          card = { fingerprint: history.fingerprint, schedule: scheduleFromReviews(history.reviews) };
          cards.set(questionId, card);
        }
        if (card.schedule) schedules.set(questionId, card.schedule);
      }
      for (const questionId of cards.keys()) if (!histories.has(questionId)) cards.delete(questionId);
      current = { revision, histories, schedules };
      return current;
    },
  };
}
