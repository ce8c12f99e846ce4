import { useId } from 'react';
import { STAR_LABELS, starAdvice, starTiming, type AnswerSpan, type StarAdvice } from '#shared/analysis/star-timing.js';
import type { StarMarks } from '#shared/schemas/attempt.js';
import { formatSpoken } from '#renderer/lib/answerBand.js';
import './star.css';

const ADVICE: Record<StarAdvice, string> = {
  out_of_order: 'The marks are not in Situation, Task, Action, Result order. If that is not how you told it, move them.',
  no_result: 'No Result is marked. Ending on what happened (a number, a patient’s reaction) is what makes the story land.',
  result_short: 'The Result is very short. Say what changed and what you learned, not just that it worked out.',
  setup_long:
    'Situation and Task took much of the answer. Coaching advice, not the guide’s words: spend most of the time on your Action and the Result.',
  no_action: 'No Action is marked. The Action is the heart of the answer: what you yourself did.',
};

type Props = { marks: StarMarks; span: AnswerSpan };

/** Time spent in each STAR part, against the coaching advice to give most of it to Action and Result. */
export function StarTimingPanel({ marks, span }: Props) {
  const titleId = useId();
  const timing = starTiming(marks, span);
  return (
    <section className="star-timing" aria-labelledby={titleId}>
      <h3 id={titleId} className="facts__title">
        Time in each STAR part
      </h3>
      {!timing ? (
        <p className="quiet-note">Mark where each part begins to see how the time was shared.</p>
      ) : (
        <>
          <div className="star-timing__bar" aria-hidden="true">
            {timing.segments.map((s) => (
              <span key={s.part} className={`star-timing__segment star-chip--${s.part}`} style={{ flexGrow: Math.max(s.share, 0.001) }}>
                {s.share >= 0.08 ? STAR_LABELS[s.part][0] : ''}
              </span>
            ))}
          </div>
          <ul className="star-timing__list" data-testid="star-timing">
            {timing.unmarkedLeadMs >= 1000 && <li className="muted">Before the first mark: {formatSpoken(timing.unmarkedLeadMs)}</li>}
            {timing.segments.map((s) => (
              <li key={s.part}>
                <span className="star-timing__part">{STAR_LABELS[s.part]}</span> {formatSpoken(s.endMs - s.startMs)} (
                {Math.round(s.share * 100)}%)
              </li>
            ))}
          </ul>
          {starAdvice(timing, marks).map((advice) => (
            <p key={advice} className="star-timing__advice" data-advice={advice}>
              {ADVICE[advice]}
            </p>
          ))}
        </>
      )}
    </section>
  );
}
