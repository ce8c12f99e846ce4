import { useId } from 'react';
import { STAR_LABELS, STAR_PARTS, type StarPart } from '#shared/analysis/star-timing.js';
import type { StarMarks } from '#shared/schemas/attempt.js';
import { useShortcuts } from '#renderer/lib/shortcuts.js';
import { formatClock } from '#renderer/lib/answerBand.js';
import type { SaveStatus } from '#renderer/lib/autosave/reviewSaver.js';
import { SaveStatusText } from '#renderer/ui/SaveStatusText.js';
import { STAR_KEYS, starPartForKey } from './starKeys.js';
import './star.css';

/** One nudge: fine enough to land on a word boundary, coarse enough that a few presses cross a sentence. */
export const NUDGE_MS = 500;

type Props = {
  marks: StarMarks;
  durationMs: number;
  status: SaveStatus;
  /** The playhead now, in ms. */
  playheadMs(): number;
  onSet(part: StarPart, ms: number | null): void;
  onNudge(part: StarPart, deltaMs: number): void;
  onSeek(ms: number): void;
  onRetry(): void;
};

/**
 * On replay: mark where each STAR part begins at the playhead (a button or Shift and the part's
 * initial), and move or clear each mark from the keyboard. The same marks can be dragged on the waveform.
 */
export function StarMarkControls({ marks, durationMs, status, playheadMs, onSet, onNudge, onSeek, onRetry }: Props) {
  const titleId = useId();
  useShortcuts((event) => {
    const part = starPartForKey(event);
    if (!part) return false;
    onSet(part, Math.min(durationMs, playheadMs()));
    return true;
  });

  return (
    <section className="star-marks" aria-labelledby={titleId}>
      <div className="star-marks__head">
        <h3 id={titleId} className="star-marks__title">
          STAR parts
        </h3>
        <SaveStatusText status={status} onRetry={onRetry} what="STAR marks" />
      </div>
      <p className="muted star-marks__hint">
        Play or move to where a part begins, then mark it (<kbd>Shift</kbd> + <kbd>S</kbd>, <kbd>T</kbd>, <kbd>A</kbd> or <kbd>R</kbd>).
        Drag a mark on the waveform to move it.
      </p>
      <ul className="star-marks__list">
        {STAR_PARTS.map((part) => {
          const at = marks[part];
          const label = STAR_LABELS[part];
          return (
            <li key={part} className="star-marks__row" data-star-part={part}>
              <span className="star-marks__name">
                <span className={`star-chip star-chip--${part}`} aria-hidden="true">
                  {label[0]}
                </span>
                {label}
              </span>
              {at === null ? (
                <span className="star-marks__time muted">not marked</span>
              ) : (
                <button
                  type="button"
                  className="button button--quiet star-marks__time"
                  onClick={() => onSeek(at)}
                  aria-label={`${label} begins at ${formatClock(at)}: play from there`}
                >
                  {formatClock(at)}
                </button>
              )}
              <span className="star-marks__actions">
                <button
                  type="button"
                  className="button button--small"
                  onClick={() => onSet(part, Math.min(durationMs, playheadMs()))}
                  aria-keyshortcuts={STAR_KEYS[part]}
                >
                  Mark at playhead
                </button>
                {at !== null && (
                  <>
                    <button
                      type="button"
                      className="button button--small"
                      onClick={() => onNudge(part, -NUDGE_MS)}
                      aria-label={`Move ${label} mark 0.5 s earlier`}
                    >
                      0.5 s earlier
                    </button>
                    <button
                      type="button"
                      className="button button--small"
                      onClick={() => onNudge(part, NUDGE_MS)}
                      aria-label={`Move ${label} mark 0.5 s later`}
                    >
                      0.5 s later
                    </button>
                    <button
                      type="button"
                      className="button button--small button--quiet"
                      onClick={() => onSet(part, null)}
                      aria-label={`Clear ${label} mark`}
                    >
                      Clear
                    </button>
                  </>
                )}
              </span>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
