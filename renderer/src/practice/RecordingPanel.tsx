import type { StarPart } from '#shared/analysis/star-timing.js';
import type { StarMarks } from '#shared/schemas/attempt.js';
import type { LevelProbe } from '#renderer/lib/audioLevel.js';
import { RecordingStarButtons } from '#renderer/star/index.js';
import type { BandLimits } from '#renderer/lib/answerBand.js';
import { AnswerTimer } from './AnswerTimer.js';
import { LevelMeter } from '#renderer/ui/LevelMeter.js';
import { focusBesideQuestion } from './focusBesideQuestion.js';
import { SILENCE_WARNING_MS, useUnheard } from './useUnheard.js';

type Props = {
  elapsedMs: number;
  limits: BandLimits;
  hardLimitMs: number | null;
  level: LevelProbe | null;
  marks: StarMarks;
  onMark(part: StarPart): void;
  onStop(): void;
  stopLabel?: string;
  onDiscard(): void;
  /** Whether STAR fits the question; the marking buttons show only then. */
  starMarking?: boolean;
  /** Opens the microphone check, offered when the microphone seems to hear nothing. */
  onMicCheck?(): void;
};

export function RecordingPanel({
  elapsedMs,
  limits,
  hardLimitMs,
  level,
  marks,
  onMark,
  onStop,
  onDiscard,
  stopLabel = 'Stop and review',
  starMarking = true,
  onMicCheck,
}: Props) {
  const unheard = useUnheard(elapsedMs);
  // The dot dims and brightens as the clock turns, in the frame that redraws the clock anyway.
  const dot = Math.floor(elapsedMs / 1000) % 2 === 0 ? 'lit' : 'dim';
  return (
    <section className="flow-panel flow-panel--recording" aria-labelledby="recording-title">
      <h2 id="recording-title" className="flow-panel__title">
        <span className={`rec-dot rec-dot--${dot}`} aria-hidden="true" /> Recording your answer
      </h2>
      <AnswerTimer elapsedMs={elapsedMs} limits={limits} hardLimitMs={hardLimitMs} />
      <div className="level-row">
        <span className="level-row__label" aria-hidden="true">
          Mic
        </span>
        <LevelMeter probe={level} onLevel={unheard.onLevel} />
      </div>
      {unheard.silentMs >= SILENCE_WARNING_MS && (
        <p className="notice notice--warning" role="alert">
          We can’t hear you — check the microphone.{' '}
          {onMicCheck && (
            <button type="button" className="button button--quiet button--small" onClick={onMicCheck}>
              Open the microphone check
            </button>
          )}
        </p>
      )}
      {starMarking && <RecordingStarButtons marks={marks} onMark={onMark} />}
      <div className="flow-panel__actions">
        <button
          type="button"
          className="button button--primary button--stop"
          onClick={onStop}
          aria-keyshortcuts="R"
          ref={focusBesideQuestion}
        >
          {stopLabel}
        </button>
        <button type="button" className="button button--quiet" onClick={onDiscard}>
          Discard this take
        </button>
      </div>
    </section>
  );
}
