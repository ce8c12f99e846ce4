import { useEffect, useRef } from 'react';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import '#renderer/ui/charts.css';
import { dayKeyToDate, formatDay } from '#renderer/lib/format.js';

export type ChartSeries = {
  label: string;
  values: ReadonlyArray<number | null>;
  /** A CSS custom property holding the colour, so dark mode swaps it like everything else. */
  colorVar: string;
  dashed?: boolean;
};

type Props = {
  /** Said by screen readers instead of the drawing: what the chart shows and where it ends up. */
  summary: string;
  /** One x value per point, as 'YYYY-MM-DD' days. */
  days: readonly string[];
  series: readonly ChartSeries[];
  formatValue(value: number): string;
  yRange?: [number, number];
  height?: number;
  /** Caption of the table with the same numbers, for anyone who would rather read them. */
  tableCaption: string;
  /** What each x value is: 'Day' or 'Week of'. */
  xLabel?: string;
};

const cssVar = (element: Element, name: string, fallback: string) => getComputedStyle(element).getPropertyValue(name).trim() || fallback;

/**
 * A line chart over days, drawn by uPlot on a canvas (no eval, no inline script: it runs under
 * the app's CSP). The canvas is one image to assistive tech, with a summary as its name; the
 * numbers themselves are in a table below it. Colours are read from the theme and the chart is
 * rebuilt when the system switches between light and dark.
 */
export function TrendChart({ summary, days, series, formatValue, yRange, height = 220, tableCaption, xLabel = 'Day' }: Props) {
  const box = useRef<HTMLDivElement>(null);
  const latest = useRef(formatValue);
  latest.current = formatValue;

  useEffect(() => {
    const element = box.current;
    if (!element) return;
    const dark = window.matchMedia('(prefers-color-scheme: dark)');
    let plot: uPlot | null = null;

    const build = () => {
      plot?.destroy();
      const text = cssVar(element, '--text-muted', '#4f5b6b');
      const grid = cssVar(element, '--border', '#d5dbe3');
      const options: uPlot.Options = {
        width: Math.max(240, element.clientWidth),
        height,
        tzDate: (ts) => uPlot.tzDate(new Date(ts * 1000), 'Etc/UTC'),
        scales: { x: { time: true }, y: yRange ? { range: yRange } : { auto: true } },
        // uPlot's own legend toggles series by mouse only; a plain legend is drawn below instead.
        legend: { show: false },
        cursor: { points: { size: 7 } },
        series: [
          {},
          ...series.map((s) => {
            const colour = cssVar(element, s.colorVar, '#2456c7');
            return {
              label: s.label,
              stroke: colour,
              width: 2,
              dash: s.dashed ? [6, 4] : undefined,
              spanGaps: true,
              points: { show: true, size: 5, fill: colour },
            };
          }),
        ],
        axes: [
          {
            stroke: text,
            grid: { stroke: grid, width: 1 },
            ticks: { stroke: grid },
            values: (_u, splits) => splits.map((s) => formatDay(new Date(s * 1000).toISOString().slice(0, 10))),
          },
          {
            stroke: text,
            grid: { stroke: grid, width: 1 },
            ticks: { stroke: grid },
            size: 56,
            values: (_u, splits) => splits.map((s) => latest.current(s)),
          },
        ],
      };
      const xs = days.map((d) => dayKeyToDate(d).getTime() / 1000);
      plot = new uPlot(options, [xs, ...series.map((s) => s.values.map((v) => v ?? null))] as uPlot.AlignedData, element);
    };

    build();
    const resize = new ResizeObserver(() => plot?.setSize({ width: Math.max(240, element.clientWidth), height }));
    resize.observe(element);
    dark.addEventListener('change', build);
    return () => {
      dark.removeEventListener('change', build);
      resize.disconnect();
      plot?.destroy();
    };
  }, [days, series, yRange, height]);

  return (
    <figure className="chart">
      <div ref={box} className="chart__plot" role="img" aria-label={summary} />
      {series.length > 1 && (
        <ul className="chart__legend" aria-hidden="true">
          {series.map((s) => (
            <li key={s.label}>
              <span className={`chart__swatch ${s.dashed ? 'chart__swatch--dashed' : ''}`} style={{ borderColor: `var(${s.colorVar})` }} />
              {s.label}
            </li>
          ))}
        </ul>
      )}
      <details className="chart__numbers">
        <summary>Show the numbers</summary>
        <table className="data-table">
          <caption className="visually-hidden">{tableCaption}</caption>
          <thead>
            <tr>
              <th scope="col">{xLabel}</th>
              {series.map((s) => (
                <th key={s.label} scope="col">
                  {s.label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {days.map((day, i) => (
              <tr key={day}>
                <th scope="row">{formatDay(day)}</th>
                {series.map((s) => {
                  const v = s.values[i];
                  return <td key={s.label}>{v === null || v === undefined ? '—' : formatValue(v)}</td>;
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
