import { bandFor, formatSpoken, type BandLimits } from '#renderer/lib/answerBand.js';

type Props = { durationMs: number; limits: BandLimits };

const BAND_TEXT = { under: 'under the target', in: 'in the target', over: 'over the target' } as const;

/** An answer's length against the target band, as text and as the same track the answer timer draws. */
export function LengthBand({ durationMs, limits }: Props) {
  const band = bandFor(durationMs, limits);
  const scaleMs = Math.max(limits.maxSeconds * 1000 * 1.25, durationMs);
  const pct = (ms: number) => `${Math.min(100, (ms / scaleMs) * 100)}%`;
  return (
    <div className={`length-band length-band--${band}`}>
      <span className="length-band__text">
        {formatSpoken(durationMs)} · <span className="length-band__band">{BAND_TEXT[band]}</span>
      </span>
      <div className="band-track" aria-hidden="true">
        <div
          className="band-track__target"
          style={{
            left: pct(limits.minSeconds * 1000),
            width: `calc(${pct(limits.maxSeconds * 1000)} - ${pct(limits.minSeconds * 1000)})`,
          }}
        />
        <div className="band-track__fill" style={{ width: pct(durationMs) }} />
      </div>
    </div>
  );
}
