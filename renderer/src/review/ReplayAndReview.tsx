import { answerSpan } from '#shared/analysis/star-timing.js';
import type { Criterion, MustHave } from '#shared/content/schema.js';
import type { Attempt } from '#shared/schemas/attempt.js';
import { MeasurementsPanel } from '#renderer/analysis/index.js';
import { useMeasurements } from '#renderer/analysis/index.js';
import { useClient } from '#renderer/api/ClientContext.js';
import type { BandLimits } from '#renderer/lib/answerBand.js';
import { usePauseRegions } from '#renderer/replay/index.js';
import { useRecordingPlayer } from '#renderer/replay/index.js';
import { WaveformView } from '#renderer/replay/index.js';
import { StarMarkControls } from '#renderer/star/index.js';
import { StarTimingPanel } from '#renderer/star/index.js';
import { useStarMarkers } from '#renderer/star/index.js';
import { useStarMarks } from '#renderer/star/index.js';
import { ReviewChecklist } from './ReviewChecklist.js';
import './replay-and-review.css';

type Props = {
  attempt: Attempt;
  criteria: Criterion[];
  /** The question's own points to tick; none for most custom questions. */
  mustHaves?: readonly MustHave[];
  /** Whether STAR fits the question (behavioral ones): only then are its marking controls shown. */
  star?: boolean;
  limits: BandLimits;
  onSaved(attempt: Attempt): void;
};

/**
 * One take, replayed and reviewed: the waveform with its pauses and STAR marks, the marks' controls,
 * and the checklist beside what the recording itself measured.
 */
export function ReplayAndReview({ attempt, criteria, mustHaves, star: starApplies = true, limits, onSaved }: Props) {
  const client = useClient();
  // Without audio there is no waveform: the hooks below then have no container and draw nothing.
  const player = useRecordingPlayer(client, attempt);
  const { regions, state } = player;
  const measuring = useMeasurements(client, attempt, onSaved, undefined, state.ready || state.error !== null);
  const measurements = measuring.status === 'measured' ? measuring.measurements : null;
  const star = useStarMarks(client, attempt, onSaved);
  usePauseRegions(regions, state.ready, measurements?.pauses ?? null);
  useStarMarkers(regions, state.ready, star.marks, star.set);
  const durationMs = Math.round(state.duration * 1000);
  const seek = (ms: number) => player.seekTo(ms / 1000);

  return (
    <>
      {attempt.hasRecording ? (
        <WaveformView player={player}>
          {starApplies && (
            <StarMarkControls
              marks={star.marks}
              durationMs={durationMs}
              status={star.status}
              playheadMs={player.currentMs}
              onSet={star.set}
              onNudge={(part, delta) => star.nudge(part, delta, durationMs)}
              onSeek={seek}
              onRetry={star.retry}
            />
          )}
        </WaveformView>
      ) : (
        <p className="muted">The audio of this take was deleted; its review is kept.</p>
      )}
      <div className="review-grid">
        <ReviewChecklist
          attempt={attempt}
          criteria={criteria}
          mustHaves={mustHaves}
          onSaved={onSaved}
          facts={{ durationMs: attempt.durationMs, measurements, starMarks: star.marks, target: limits }}
        />
        <div className="review-grid__facts">
          <MeasurementsPanel state={measuring} limits={limits} onSeek={attempt.hasRecording ? seek : undefined} />
          {starApplies && <StarTimingPanel marks={star.marks} span={answerSpan(attempt.durationMs, measurements)} />}
        </div>
      </div>
    </>
  );
}
