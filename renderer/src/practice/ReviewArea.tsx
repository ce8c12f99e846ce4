import type { ReactNode } from 'react';
import type { Criterion, MustHave } from '#shared/content/schema.js';
import type { Attempt } from '#shared/schemas/attempt.js';
import { useFocusOnMount } from '#renderer/lib/useFocusOnMount.js';
import { ReplayAndReview } from '#renderer/review/index.js';
import type { BandLimits } from '#renderer/lib/answerBand.js';
import type { StopReason } from './machine.js';
import { stopReasonText } from './problemMessages.js';

type Props = {
  attempt: Attempt;
  criteria: Criterion[];
  /** The question's must-haves to tick, and whether STAR marking fits it (see ReplayAndReview). */
  mustHaves?: readonly MustHave[];
  star?: boolean;
  stopReason: StopReason | null;
  /** The target length from settings, for the length measurement and its note. */
  limits: BandLimits;
  onSaved(attempt: Attempt): void;
  /** After a fresh take: asks whether to keep it, then records again. */
  onRetake(): void;
  /** For a take opened from the list: just starts a new one. */
  onPracticeAgain(): void;
  /** Shown under the heading: how this take and its follow-up answers relate. */
  links?: ReactNode;
  /** What to do next, at the end of the review. */
  footer?: ReactNode;
  /** Offered when a take just recorded turns out to hold no speech at all. */
  onDiscardTake?(): void;
};

/** Replay and self-review of one take. */
export function ReviewArea({
  attempt,
  criteria,
  mustHaves,
  star,
  stopReason,
  limits,
  onSaved,
  onRetake,
  onPracticeAgain,
  links,
  footer,
  onDiscardTake,
}: Props) {
  const heading = useFocusOnMount<HTMLHeadingElement>();
  const interruption = stopReasonText(stopReason);
  return (
    <div className="review-area">
      <div className="review-area__head">
        <h2 ref={heading} tabIndex={-1} className="flow-panel__title">
          Listen back
        </h2>
        {stopReason === null ? (
          <button type="button" className="button" onClick={onPracticeAgain}>
            Practice again
          </button>
        ) : (
          <button type="button" className="button" onClick={onRetake}>
            Retake
          </button>
        )}
      </div>
      {interruption && (
        <p className={`notice notice--${stopReason === 'hard_limit' ? 'info' : 'warning'}`} role="status">
          {interruption}
        </p>
      )}
      {stopReason !== null && attempt.measurements?.speechMs === 0 && (
        <p className="notice notice--warning" role="alert">
          No speech was heard in this take — the microphone may be muted or the wrong one.{' '}
          {onDiscardTake && (
            <button type="button" className="button button--small" onClick={onDiscardTake}>
              Discard this take
            </button>
          )}
        </p>
      )}
      {links}
      <ReplayAndReview attempt={attempt} criteria={criteria} mustHaves={mustHaves} star={star} limits={limits} onSaved={onSaved} />
      {footer}
    </div>
  );
}
