import type { Attempt } from '#shared/schemas/attempt.js';
import type { BandLimits } from '#renderer/lib/answerBand.js';
import { LengthBand } from './LengthBand.js';
import './report-follow-up.css';
import { formatRating } from '#renderer/lib/format.js';

type Props = {
  attempt: Attempt;
  limits: BandLimits;
  /** The delivery line (ReportRow's measuredText). */
  measured: string;
  /** Said after the button's text to screen readers: which question (or follow-up) it reviews. */
  label: string;
  onReview(attemptId: string): void;
  /** A follow-up: the question the interviewer asked after the answer above it. */
  followUp?: string;
};

function marksText(attempt: Attempt): string {
  const marks = Object.values(attempt.review.marks);
  if (marks.length === 0) return 'checklist not marked';
  const n = (m: string) => marks.filter((x) => x === m).length;
  return `${n('met')} met · ${n('partly')} partly · ${n('not_met')} not met`;
}

/** One answer in the report (a follow-up's under its answer): length, rating, checklist, delivery, and its review. */
export function ReportAnswer({ attempt: a, limits, measured, label, onReview, followUp }: Props) {
  return (
    <div className={`report-answer${followUp === undefined ? '' : ' report-answer--follow-up'}`}>
      {followUp !== undefined && (
        <p className="report-answer__follow-up">
          <span className="report-answer__follow-up-label">Follow-up</span> {followUp}
        </p>
      )}
      <LengthBand durationMs={a.durationMs} limits={limits} />
      <dl className="report-answer__facts">
        <div>
          <dt>Rating</dt>
          <dd>{a.review.rating === null ? 'not reviewed yet' : formatRating(a.review.rating)}</dd>
        </div>
        <div>
          <dt>Checklist</dt>
          <dd>{marksText(a)}</dd>
        </div>
        <div>
          <dt>Delivery</dt>
          <dd>{measured}</dd>
        </div>
      </dl>
      <button
        type="button"
        className={`button button--small ${a.review.rating === null ? 'button--primary' : ''}`}
        onClick={() => onReview(a.id)}
      >
        {a.review.rating === null ? 'Review this answer' : 'Open the review'}
        <span className="visually-hidden">: {label}</span>
      </button>
    </div>
  );
}
