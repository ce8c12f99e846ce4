import { STAR_LABELS, STAR_PARTS, type StarPart } from '#shared/analysis/star-timing.js';
import type { StarMarks } from '#shared/schemas/attempt.js';
import { formatClock } from '#renderer/lib/answerBand.js';
import { STAR_KEYS } from './starKeys.js';
import './star.css';

type Props = { marks: StarMarks; onMark(part: StarPart): void };

/** While recording: press as each STAR part begins; the time it was marked shows on its button. */
export function RecordingStarButtons({ marks, onMark }: Props) {
  const latest = STAR_PARTS.filter((p) => marks[p] !== null).sort((a, b) => marks[b]! - marks[a]!)[0];
  return (
    <div className="star-buttons" role="group" aria-label="Mark where each STAR part begins">
      <span className="star-buttons__hint muted">Mark as you go:</span>
      {STAR_PARTS.map((part) => (
        <button
          key={part}
          type="button"
          className={`button star-button star-button--${part}`}
          onClick={() => onMark(part)}
          // A click leaves the focus on Stop, so Space still stops rather than marking this part again.
          onMouseDown={(event) => event.preventDefault()}
          aria-keyshortcuts={STAR_KEYS[part]}
          title={`${STAR_LABELS[part]} begins now (${STAR_KEYS[part]})`}
        >
          <span className="star-chip" aria-hidden="true">
            {STAR_LABELS[part][0]}
          </span>
          {STAR_LABELS[part]}
          {marks[part] !== null && <span className="star-button__time"> {formatClock(marks[part])}</span>}
        </button>
      ))}
      <span className="visually-hidden" role="status">
        {latest ? `${STAR_LABELS[latest]} marked at ${formatClock(marks[latest]!)}` : ''}
      </span>
    </div>
  );
}
