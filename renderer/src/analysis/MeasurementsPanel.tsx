import { useId } from 'react';
import type { BandLimits } from '#renderer/lib/answerBand.js';
import { KeepRanges } from '#renderer/ui/KeepRanges.js';
import { clippingWarning, describeMeasurements } from './describeMeasurements.js';
import { PauseList } from './PauseList.js';
import type { MeasureState } from './useMeasurements.js';
import './analysis.css';

type Props = {
  state: MeasureState;
  limits: BandLimits;
  /** Moves the replay to a moment (ms); absent when there is no audio to move in. */
  onSeek?: (ms: number) => void;
};

/** What the recording itself says about the delivery, in plain words, beside the self-review. */
export function MeasurementsPanel({ state, limits, onSeek }: Props) {
  const titleId = useId();
  return (
    <section className="facts" aria-labelledby={titleId}>
      <h3 id={titleId} className="facts__title">
        Measured from the recording
      </h3>
      <MeasurementsBody state={state} limits={limits} onSeek={onSeek} />
    </section>
  );
}

function MeasurementsBody({ state, limits, onSeek }: Props) {
  switch (state.status) {
    case 'no_audio':
      return <p className="quiet-note">The audio of this take was deleted, so there is nothing to measure.</p>;
    case 'measuring':
      return (
        <p className="quiet-note" role="status">
          Measuring…
        </p>
      );
    case 'failed':
      return (
        <p className="quiet-note" role="status">
          This recording could not be measured ({state.message}). Everything else works as usual.
        </p>
      );
    case 'measured': {
      const m = state.measurements;
      const clipping = clippingWarning(m);
      return (
        <>
          <dl className="facts__list" data-testid="measurements">
            {describeMeasurements(m, limits).map((line) => (
              <div key={line.id} className={`facts__row facts__row--${line.tone}`} data-fact={line.id}>
                <dt>{line.label}</dt>
                <dd>
                  <KeepRanges text={line.value} />
                  {line.detail && (
                    <span className="facts__detail">
                      {' ('}
                      <KeepRanges text={line.detail} />)
                    </span>
                  )}
                </dd>
              </div>
            ))}
          </dl>
          {clipping && (
            <p className="facts__warning" role="note">
              {clipping}
            </p>
          )}
          {m.pauses.length > 0 && <PauseList pauses={m.pauses} onSeek={onSeek} />}
        </>
      );
    }
  }
}
