import type { Attempt } from '#shared/schemas/attempt.js';
import { formatRating } from '#renderer/lib/format.js';

type Props = {
  /** This question's takes, newest first. */
  takes: Attempt[];
};

/** The lesson of the last take: its "Next time I will…" note and rating, with the newest of each. */
export function lastLesson(takes: Attempt[]): { note: string | null; rating: number | null } {
  const note = takes.find((a) => a.review.nextTime.trim() !== '')?.review.nextTime.trim() ?? null;
  const rating = takes.find((a) => a.review.rating !== null)?.review.rating ?? null;
  return { note, rating };
}

/**
 * Shown quietly beside the prompt before and during think time, so the next take starts from the
 * last lesson rather than from scratch.
 */
export function LastNote({ takes }: Props) {
  const { note, rating } = lastLesson(takes);
  if (note === null && rating === null) return null;
  return (
    <aside className="last-note" aria-label="From your last take">
      {note !== null && (
        <p className="last-note__text">
          <span className="last-note__label">Last time you wrote: next time I will…</span> {note}
        </p>
      )}
      {rating !== null && <p className="last-note__rating">Your last rating: {formatRating(rating)}.</p>}
    </aside>
  );
}
