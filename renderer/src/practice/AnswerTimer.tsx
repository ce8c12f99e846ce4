import { bandFor, formatClock, formatSpoken, formatTargetRange, isNearMax, type BandLimits } from '#renderer/lib/answerBand.js';

type Props = { elapsedMs: number; limits: BandLimits; hardLimitMs: number | null };

const BAND_LABEL = { under: 'Under the target', in: 'In the target range', over: 'Over the target' } as const;

/** Elapsed time against the target band: under / in / over, with a soft warning near the top. */
export function AnswerTimer({ elapsedMs, limits, hardLimitMs }: Props) {
  const band = bandFor(elapsedMs, limits);
  const nearMax = isNearMax(elapsedMs, limits);
  const scaleMs = Math.max(limits.maxSeconds * 1000 * 1.25, hardLimitMs ?? 0, elapsedMs);
  const pct = (ms: number) => `${Math.min(100, (ms / scaleMs) * 100)}%`;

  return (
    <div className={`answer-timer answer-timer--${band}`}>
      <p className="answer-timer__clock">
        <span aria-hidden="true">{formatClock(elapsedMs)}</span>
        <span className="visually-hidden">{formatSpoken(elapsedMs)} recorded</span>
        <span className="answer-timer__band">{BAND_LABEL[band]}</span>
      </p>
      <div className="band-track" aria-hidden="true">
        <div
          className="band-track__target"
          style={{
            left: pct(limits.minSeconds * 1000),
            width: `calc(${pct(limits.maxSeconds * 1000)} - ${pct(limits.minSeconds * 1000)})`,
          }}
        />
        <div className="band-track__fill" style={{ width: pct(elapsedMs) }} />
        {hardLimitMs !== null && <div className="band-track__limit" style={{ left: pct(hardLimitMs) }} />}
      </div>
      <p className="muted answer-timer__legend">
        Aim for {formatTargetRange(limits)}
        {hardLimitMs !== null && <> · stops at {formatSpoken(hardLimitMs)}</>}
      </p>
      {nearMax && (
        <p className="soft-warning" role="status">
          Nearly at your longest target — start wrapping up.
        </p>
      )}
    </div>
  );
}
