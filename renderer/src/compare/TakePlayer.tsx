import { useId } from 'react';
import type { Attempt } from '#shared/schemas/attempt.js';
import { WaveformPlayer } from '#renderer/replay/index.js';
import { takeLabel } from './takeLabel.js';

type Props = { name: 'A' | 'B'; attempt: Attempt };

/** One side of the comparison: which take it is, and its replay. */
export function TakePlayer({ name, attempt }: Props) {
  const titleId = useId();
  return (
    <section className={`take take--${name.toLowerCase()}`} aria-labelledby={titleId}>
      <h2 id={titleId} className="take__title">
        <span className="take__badge" aria-hidden="true">
          {name}
        </span>
        <span className="visually-hidden">Take {name}: </span>
        {takeLabel(attempt)}
      </h2>
      {attempt.hasRecording ? (
        <WaveformPlayer attempt={attempt} />
      ) : (
        <p className="muted">The audio of this take was deleted; its review is kept.</p>
      )}
    </section>
  );
}
