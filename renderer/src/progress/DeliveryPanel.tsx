import { useMemo } from 'react';
import type { MeasurementDay } from '#shared/schemas/progress.js';
import { formatDay, plural } from '#renderer/lib/format.js';
import { TrendChart, type ChartSeries } from './TrendChart.js';
import type { ValueScale } from './chartAxes.js';
import { count, seconds, semitones, wordsPerMinute } from './measureFormats.js';

type Props = { days: readonly MeasurementDay[] };

type Measure = {
  key: keyof Omit<MeasurementDay, 'date' | 'answers'>;
  title: string;
  label: string;
  format(v: number): string;
  colorVar: string;
  scale: ValueScale;
};

/** Times from 0 to at least 5 s, shown in whole seconds; pauses from 0 to at least 2. */
const TIME_SCALE: ValueScale = { kind: 'measure', unit: 1000, minTop: 5 };
const COUNT_SCALE: ValueScale = { kind: 'measure', minTop: 2 };
/** Pace around its comfortable band; pitch variety from 0 to at least 3 semitones (lively speech). */
const PACE_SCALE: ValueScale = { kind: 'measure', minTop: 180, fromZero: false };
const VARIETY_SCALE: ValueScale = { kind: 'measure', minTop: 3 };
const MEASURES: readonly Measure[] = [
  { key: 'speechMs', title: 'Speaking time', label: 'Speaking time per answer', format: seconds, colorVar: '--chart-1', scale: TIME_SCALE },
  {
    key: 'leadingSilenceMs',
    title: 'Time to first word',
    label: 'Time to first word',
    format: seconds,
    colorVar: '--chart-3',
    scale: TIME_SCALE,
  },
  { key: 'pauseCount', title: 'Pauses', label: 'Pauses per answer', format: count, colorVar: '--chart-4', scale: COUNT_SCALE },
  // Days with no answer measured for pace yet (older takes, until their review is opened) are gaps.
  {
    key: 'wordsPerMinute',
    title: 'Pace (words/min)',
    label: 'Words per minute',
    format: wordsPerMinute,
    colorVar: '--chart-2',
    scale: PACE_SCALE,
  },
  {
    key: 'pitchVariety',
    title: 'Pitch variety',
    label: 'Pitch variety (semitones)',
    format: semitones,
    colorVar: '--chart-3',
    scale: VARIETY_SCALE,
  },
];

const orDash = (v: number | null | undefined, format: (v: number) => string) => (v == null ? '—' : format(v));

/** Delivery over time from the measured answers: each day's average, one small chart per measure. */
export function DeliveryPanel({ days }: Props) {
  const x = useMemo(() => days.map((d) => d.date), [days]);
  const series = useMemo(
    () =>
      new Map(
        MEASURES.map((m): [string, ChartSeries[]] => [
          m.key,
          [{ label: m.label, values: days.map((d) => d[m.key] ?? null), colorVar: m.colorVar }],
        ]),
      ),
    [days],
  );
  const answers = days.reduce((n, d) => n + d.answers, 0);

  return (
    <section className="card" aria-labelledby="delivery-title">
      <h2 id="delivery-title">Delivery over time</h2>
      {days.length === 0 ? (
        <p className="empty">
          No measured answers yet. Speaking time, pauses and time to first word appear here once your answers have been measured.
        </p>
      ) : (
        <>
          <p className="muted">Daily averages over {plural(answers, 'measured answer')}.</p>
          <div className="delivery-grid">
            {MEASURES.map((m) => {
              const first = days[0]!;
              const last = days.at(-1)!;
              return (
                <div key={m.key}>
                  <h3>{m.title}</h3>
                  <TrendChart
                    summary={`${m.label}: ${orDash(first[m.key], m.format)} on ${formatDay(first.date)}, ${orDash(last[m.key], m.format)} on ${formatDay(last.date)}.`}
                    days={x}
                    series={series.get(m.key)!}
                    formatValue={m.format}
                    scale={m.scale}
                    height={170}
                    tableCaption={`${m.label}, average per day`}
                  />
                </div>
              );
            })}
          </div>
        </>
      )}
    </section>
  );
}
