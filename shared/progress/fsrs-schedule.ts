import { createEmptyCard, fsrs, generatorParameters, Rating, type Card, type Grade } from 'ts-fsrs';

/**
 * The app's 1–5 rating as an FSRS grade. The rating words are "Needs a lot of work", "Weak",
 * "Fair", "Good" and "Excellent": both of the first two mean the answer did not hold up and
 * should come back tomorrow (Again); "Fair" got through with effort (Hard); "Good" and
 * "Excellent" match FSRS's Good and Easy.
 */
export function gradeFor(rating: number): Grade {
  if (rating <= 2) return Rating.Again;
  if (rating === 3) return Rating.Hard;
  if (rating === 4) return Rating.Good;
  return Rating.Easy;
}

/**
 * - Short-term steps off: FSRS's minute-level learning steps suit flashcards; a spoken answer is
 *   practised again in another sitting, so every interval is in whole days.
 * - No fuzz: the schedule is replayed from the history on every request and must come out the same.
 * - At most 60 days: someone preparing for interviews should hear even their best answer again
 *   within two months.
 */
export const MAXIMUM_INTERVAL_DAYS = 60;
const scheduler = fsrs(generatorParameters({ enable_short_term: false, enable_fuzz: false, maximum_interval: MAXIMUM_INTERVAL_DAYS }));

const DAY_MS = 86_400_000;

/**
 * Two limits on top of FSRS. A weak answer (Again) comes back the next day even when the card
 * kept stability from earlier good answers: FSRS would wait a few days after a lapse, but a
 * spoken answer that fell apart is worth retrying while the reason is fresh. And ts-fsrs lets an
 * Easy interval run past maximum_interval, so the cap is applied here too. Only the due date is
 * bounded; the next replay starts from the real review times, so nothing compounds.
 */
function boundedDue(due: Date, last: RatedReview): Date {
  const days = gradeFor(last.rating) === Rating.Again ? 1 : MAXIMUM_INTERVAL_DAYS;
  return new Date(Math.min(due.getTime(), Date.parse(last.at) + days * DAY_MS));
}

/** One rated answer, at the moment it was rated. */
export type RatedReview = { at: string; rating: number };

export type QuestionSchedule = {
  due: Date;
  lastReviewedAt: Date;
  lastRating: number;
  reviews: number;
  lapses: number;
  stability: number;
};

/**
 * Replays a question's rated answers, oldest rating first, through FSRS. The card is never stored:
 * deriving it from the attempts each time means it cannot drift from them when a take is
 * deleted, re-rated or imported.
 */
export function scheduleFromReviews(reviews: readonly RatedReview[]): QuestionSchedule | null {
  const first = reviews[0];
  if (!first) return null;
  let card: Card = createEmptyCard(new Date(first.at));
  for (const review of reviews) card = scheduler.next(card, new Date(review.at), gradeFor(review.rating)).card;
  const last = reviews.at(-1)!;
  return {
    due: boundedDue(card.due, last),
    lastReviewedAt: new Date(last.at),
    lastRating: last.rating,
    reviews: card.reps,
    lapses: card.lapses,
    stability: card.stability,
  };
}
