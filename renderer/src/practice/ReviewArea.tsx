import type { Criterion } from '../../../shared/content/schema.js';
import type { Attempt } from '../../../shared/schemas/attempt.js';
import { useClient } from '../api/ClientContext.js';
import { useFocusOnMount } from '../app/useFocusOnMount.js';
import { WaveformPlayer } from '../replay/WaveformPlayer.js';
import { ReviewChecklist } from '../review/ReviewChecklist.js';
import type { StopReason } from './machine.js';
import { stopReasonText } from './problemMessages.js';

type Props = {
  attempt: Attempt;
  criteria: Criterion[];
  stopReason: StopReason | null;
  onSaved(attempt: Attempt): void;
  /** After a fresh take: asks whether to keep it, then records again. */
  onRetake(): void;
  /** For a take opened from the list: just starts a new one. */
  onPractiseAgain(): void;
};

/** Replay and self-review of one take. */
export function ReviewArea({ attempt, criteria, stopReason, onSaved, onRetake, onPractiseAgain }: Props) {
  const client = useClient();
  const heading = useFocusOnMount<HTMLHeadingElement>();
  const interruption = stopReasonText(stopReason);
  return (
    <div className="review-area">
      <div className="review-area__head">
        <h2 ref={heading} tabIndex={-1} className="flow-panel__title">
          Listen back
        </h2>
        {stopReason === null ? (
          <button type="button" className="button" onClick={onPractiseAgain}>
            Practise again
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
      {attempt.hasRecording ? (
        <WaveformPlayer url={client.mediaUrl(attempt.id)} durationMs={attempt.durationMs} />
      ) : (
        <p className="muted">The audio of this take was deleted; its review is kept.</p>
      )}
      <ReviewChecklist attempt={attempt} criteria={criteria} onSaved={onSaved} />
    </div>
  );
}
