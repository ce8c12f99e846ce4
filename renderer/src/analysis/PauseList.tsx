import { useId } from 'react';
import type { Pause } from '#shared/schemas/measurements.js';
import { formatClock } from '#renderer/lib/answerBand.js';
import { formatSeconds } from './describeMeasurements.js';

/** Replay starts this long before a pause, so the words leading into it are heard. */
const LEAD_IN_MS = 1500;

type Props = { pauses: readonly Pause[]; onSeek?: (ms: number) => void };

/** The pauses marked on the waveform, as a list a keyboard or screen reader can reach. */
export function PauseList({ pauses, onSeek }: Props) {
  const titleId = useId();
  return (
    <div className="pause-list">
      <h4 id={titleId} className="pause-list__title">
        Pauses, as marked on the waveform
      </h4>
      <ol className="pause-list__items" aria-labelledby={titleId}>
        {pauses.map((p) => {
          const text = `${formatSeconds(p.endMs - p.startMs)} at ${formatClock(p.startMs)}`;
          return (
            <li key={p.startMs}>
              {onSeek ? (
                <button
                  type="button"
                  className="button button--quiet pause-list__seek"
                  onClick={() => onSeek(Math.max(0, p.startMs - LEAD_IN_MS))}
                  aria-label={`${text}, replay from just before it`}
                >
                  {text}
                </button>
              ) : (
                text
              )}
            </li>
          );
        })}
      </ol>
    </div>
  );
}
