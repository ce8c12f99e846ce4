import { memo } from 'react';
import type { Attempt } from '#shared/schemas/attempt.js';
import { formatDateTime, formatRating } from '#renderer/lib/format.js';
import { formatSpoken } from '#renderer/lib/answerBand.js';

type Props = {
  attempts: Attempt[];
  selectedId: string | null;
  disabled: boolean;
  onOpen(attemptId: string): void;
  /** Offered on each take when given: asks first, then deletes the take and its audio. */
  onDelete?(attempt: Attempt): void;
};

/** The take list's heading, where the focus goes when what had it under the list goes away. */
export const TAKES_HEADING_ID = 'attempts-title';

/**
 * This question's takes, newest first; picking one opens it for replay and review. Memoized: the
 * practice screen renders again at each second of the answer clock, and a question practiced often
 * has a long list that has not changed.
 */
export const AttemptList = memo(function AttemptList({ attempts, selectedId, disabled, onOpen, onDelete }: Props) {
  return (
    <section className="attempts" aria-labelledby={TAKES_HEADING_ID}>
      <h2 id={TAKES_HEADING_ID} tabIndex={-1}>
        Your takes
      </h2>
      {attempts.length === 0 ? (
        <p className="muted">No takes yet. Your recorded answers will appear here.</p>
      ) : (
        <ul className="attempts__list">
          {attempts.map((a) => (
            <li key={a.id} className="attempts__item">
              <button
                type="button"
                className="attempt-row"
                aria-current={a.id === selectedId ? 'true' : undefined}
                disabled={disabled}
                onClick={() => onOpen(a.id)}
              >
                <span className="attempt-row__date">{formatDateTime(a.createdAt)}</span>
                <span className="attempt-row__meta">
                  <span>{formatSpoken(a.durationMs)}</span>
                  <span>{a.review.rating ? `rated ${formatRating(a.review.rating)}` : 'not rated'}</span>
                  {!a.hasRecording && <span className="tag">audio deleted</span>}
                  {a.recovered && <span className="tag">recovered</span>}
                  {a.parentAttemptId !== undefined && <span className="tag">follow-up {(a.followUpIndex ?? 0) + 1}</span>}
                </span>
              </button>
              {onDelete && (
                <button
                  type="button"
                  className="button button--quiet button--small attempts__delete"
                  disabled={disabled}
                  onClick={() => onDelete(a)}
                >
                  Delete<span className="visually-hidden"> the take of {formatDateTime(a.createdAt)}</span>
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
});
