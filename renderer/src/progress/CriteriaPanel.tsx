import { useId, useMemo, useState } from 'react';
import type { Library } from '#shared/content/schema.js';
import type { CriterionProgress, MarkCounts, MustHaveProgress, WeekMarks } from '#shared/schemas/progress.js';
import { formatDay, formatShare } from '#renderer/lib/format.js';
import { TrendChart, type ChartSeries } from './TrendChart.js';
import type { ValueScale } from './chartAxes.js';

type Props = {
  library: Library;
  criteria: readonly CriterionProgress[];
  /** Every question's own must-haves, counted together; shown as one more point. */
  mustHaves?: MustHaveProgress;
  overallTrend: readonly WeekMarks[];
};

/** The must-haves' row: each question has its own, so they are counted as one point. */
const MUST_HAVES = 'must-haves';
const MUST_HAVES_LABEL = 'Questions’ own must-haves';

const marked = (c: MarkCounts) => c.met + c.partly + c.notMet;
const share = (c: MarkCounts) => (marked(c) === 0 ? null : (c.met + c.partly / 2) / marked(c));
const ALL = 'all';
const SHARE: ValueScale = { kind: 'share' };

/**
 * How often each checklist point was met in reviewed answers ("partly" shown apart and counted as
 * half in the share), and the share week by week for the point chosen.
 */
export function CriteriaPanel({ library, criteria: criterionRows, mustHaves, overallTrend }: Props) {
  const [chosen, setChosen] = useState(ALL);
  const selectId = useId();
  // The must-haves ride along as one more row, so the list, the chart and its menu treat them alike.
  const criteria = useMemo(
    () => (mustHaves ? [...criterionRows, { criterionId: MUST_HAVES, ...mustHaves }] : criterionRows),
    [criterionRows, mustHaves],
  );
  const labelOf = (id: string) => (id === MUST_HAVES ? MUST_HAVES_LABEL : (library.criteria.find((c) => c.id === id)?.label ?? id));
  const anyMarks = criteria.some((c) => marked(c) > 0);

  const chart = useMemo(() => {
    const weeks = overallTrend.map((w) => w.weekStart);
    const overall: ChartSeries = { label: 'All points', values: overallTrend.map(share), colorVar: '--chart-2', dashed: chosen !== ALL };
    if (chosen === ALL) return { weeks, series: [overall] };
    const byWeek = new Map((criteria.find((c) => c.criterionId === chosen)?.trend ?? []).map((w) => [w.weekStart, w]));
    const own: ChartSeries = {
      label: labelOf(chosen),
      values: weeks.map((w) => (byWeek.has(w) ? share(byWeek.get(w)!) : null)),
      colorVar: '--chart-1',
    };
    return { weeks, series: [own, overall] };
    // labelOf reads the library, which is listed.
    // eslint-disable-next-line react-hooks/exhaustive-deps -- labelOf reads the library, which is listed
  }, [chosen, criteria, overallTrend, library]);

  const first = chart.series[0]!.values.find((v) => v !== null) ?? null;
  const last = [...chart.series[0]!.values].reverse().find((v) => v !== null) ?? null;
  const summary =
    chart.weeks.length === 0
      ? 'No weeks with marked answers yet.'
      : `${chart.series[0]!.label} met, week by week from ${formatDay(chart.weeks[0]!)}: ${formatShare(first)} in the first week, ${formatShare(last)} in the latest.`;

  return (
    <section className="card" aria-labelledby="criteria-title">
      <h2 id="criteria-title">Checklist points</h2>
      {!anyMarks ? (
        <p className="empty">Mark the checklist when you review an answer, and you will see here how often you meet each point.</p>
      ) : (
        <>
          <p className="muted">Share of reviewed answers that met each point; “partly” counts as half.</p>
          <ul className="criteria-list">
            {criteria.map((c) => {
              const total = marked(c);
              return (
                <li key={c.criterionId} className="criterion-bar">
                  <span className="criterion-bar__label">{labelOf(c.criterionId)}</span>
                  <span className="criterion-bar__track" aria-hidden="true">
                    {total > 0 && (
                      <>
                        <span className="criterion-bar__met" style={{ flexGrow: c.met }} />
                        <span className="criterion-bar__partly" style={{ flexGrow: c.partly }} />
                        <span className="criterion-bar__not-met" style={{ flexGrow: c.notMet }} />
                      </>
                    )}
                  </span>
                  <span className="criterion-bar__share">{formatShare(c.share)}</span>
                  <span className="criterion-bar__counts">
                    {total === 0 ? 'not marked yet' : `${c.met} met · ${c.partly} partly · ${c.notMet} not met`}
                  </span>
                </li>
              );
            })}
          </ul>
          <div className="chart-head">
            <h3>Over time</h3>
            <div className="field__row">
              <label htmlFor={selectId}>Show</label>
              <select id={selectId} value={chosen} onChange={(e) => setChosen(e.target.value)}>
                <option value={ALL}>All points together</option>
                {criteria
                  .filter((c) => marked(c) > 0)
                  .map((c) => (
                    <option key={c.criterionId} value={c.criterionId}>
                      {labelOf(c.criterionId)}
                    </option>
                  ))}
              </select>
            </div>
          </div>
          <TrendChart
            summary={summary}
            days={chart.weeks}
            series={chart.series}
            formatValue={(v) => `${Math.round(v * 100)}%`}
            scale={SHARE}
            tableCaption="Share met per week (weeks start on Monday)"
            xLabel="Week of"
          />
        </>
      )}
    </section>
  );
}
