import { formatClock } from '#renderer/lib/answerBand.js';
import { focusBesideQuestion } from './focusBesideQuestion.js';
import { plural } from '#renderer/lib/format.js';

type Props = { remainingMs: number; totalMs: number; autoStart: boolean; onStartNow(): void };

export function ThinkPanel({ remainingMs, totalMs, autoStart, onStartNow }: Props) {
  const fraction = totalMs > 0 ? remainingMs / totalMs : 0;
  const seconds = Math.ceil(remainingMs / 1000);
  return (
    <section className="flow-panel" aria-labelledby="think-title">
      <h2 id="think-title" className="flow-panel__title">
        Think time
      </h2>
      <p className="countdown" aria-hidden="true">
        {formatClock(seconds * 1000)}
      </p>
      {/* Announced every ten seconds rather than every tick, so a screen reader is not flooded. */}
      <p className="visually-hidden" aria-live="polite">
        {seconds % 10 === 0 || seconds <= 5 ? `${plural(seconds, 'second')} left to think` : ''}
      </p>
      <div className="progress" aria-hidden="true">
        <div className="progress__bar" style={{ transform: `scaleX(${fraction.toFixed(3)})` }} />
      </div>
      <p className="muted">{autoStart ? 'Recording starts when the time is up.' : 'When the time is up, press Record to answer.'}</p>
      <button type="button" className="button button--primary" onClick={onStartNow} aria-keyshortcuts="R" ref={focusBesideQuestion}>
        Start answering now
      </button>
    </section>
  );
}
