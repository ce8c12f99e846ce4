import { useEffect, useRef } from 'react';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import '#renderer/ui/charts.css';
import { formatDay } from '#renderer/lib/format.js';
import { onThemeChange } from '#renderer/lib/theme.js';
import { dayToX, timeRange, timeTicks, valueAxis, type Tick, type ValueScale } from './chartAxes.js';
import { themeColor } from '#renderer/lib/themeColor.js';

export type ChartSeries = {
  label: string;
  values: ReadonlyArray<number | null>;
  /** A CSS custom property holding the color, so dark mode swaps it like everything else. */
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
  /** How the value axis fits the numbers: a 0–100 % share, or a measure from 0 up. */
  scale?: ValueScale;
  height?: number;
  /** Caption of the table with the same numbers, for anyone who would rather read them. */
  tableCaption: string;
  /** What each x value is: 'Day' or 'Week of'. */
  xLabel?: string;
};

/**
 * A line chart over days, drawn by uPlot on a canvas (no eval, no inline script: it runs under
 * the app's CSP). The canvas is one image to assistive tech, with a summary as its name; the
 * numbers themselves are in a table below it. Colours are read from the theme and the chart is
 * rebuilt when the theme changes (the system's, or the one chosen in Settings).
 */
/** About one x label per this many pixels, so labels never run into each other. */
const PX_PER_TICK = 72;
const DEFAULT_SCALE: ValueScale = { kind: 'measure' };

export function TrendChart({
  summary,
  days,
  series,
  formatValue,
  scale = DEFAULT_SCALE,
  height = 220,
  tableCaption,
  xLabel = 'Day',
}: Props) {
  const box = useRef<HTMLDivElement>(null);
  const latest = useRef(formatValue);
  latest.current = formatValue;

  useEffect(() => {
    const element = box.current;
    if (!element) return;
    let plot: uPlot | null = null;
    const xs = days.map(dayToX);
    const [xMin, xMax] = timeRange(days);
    const y = valueAxis(
      series.flatMap((s) => s.values),
      scale,
    );
    // The labels of the ticks uPlot asked for last, by x value: splits and values are two callbacks.
    let ticks: Tick[] = [];

    const build = () => {
      plot?.destroy();
      const text = themeColor(element, '--text-muted', '#4f5b6b');
      const grid = themeColor(element, '--border', '#d5dbe3');
      const options: uPlot.Options = {
        width: Math.max(240, element.clientWidth),
        height,
        // Not uPlot's time scale: its automatic ticks are what read "Jan 1 · Jan 1" on day one.
        scales: { x: { time: false, range: () => [xMin, xMax] }, y: { range: () => [y.min, y.max] } },
        // uPlot's own legend toggles series by mouse only; a plain legend is drawn below instead.
        legend: { show: false },
        cursor: { points: { size: 7 } },
        series: [
          {},
          ...series.map((s) => {
            const color = themeColor(element, s.colorVar, '#2456c7');
            return {
              label: s.label,
              stroke: color,
              width: 2,
              dash: s.dashed ? [6, 4] : undefined,
              spanGaps: true,
              points: { show: true, size: 5, fill: color },
            };
          }),
        ],
        axes: [
          {
            stroke: text,
            grid: { stroke: grid, width: 1 },
            ticks: { stroke: grid },
            splits: (u) => {
              ticks = timeTicks(xMin, xMax, Math.floor(u.bbox.width / devicePixelRatio / PX_PER_TICK), xs[0] ?? xMin);
              return ticks.map((t) => t.at);
            },
            values: (_u, splits) => splits.map((s) => ticks.find((t) => t.at === s)?.label ?? ''),
          },
          {
            stroke: text,
            grid: { stroke: grid, width: 1 },
            ticks: { stroke: grid },
            // Wide enough for the longest label ("120 words/min"), about 7 px a character at this size.
            size: (_u, values) => Math.max(48, Math.max(0, ...(values ?? []).map((v) => v.length)) * 7 + 18),
            splits: () => y.splits,
            values: (_u, splits) => splits.map((s) => latest.current(s)),
          },
        ],
      };
      plot = new uPlot(options, [xs, ...series.map((s) => s.values.map((v) => v ?? null))] as uPlot.AlignedData, element);
    };

    build();
    const resize = new ResizeObserver(() => plot?.setSize({ width: Math.max(240, element.clientWidth), height }));
    resize.observe(element);
    const stopWatchingTheme = onThemeChange(build);
    return () => {
      stopWatchingTheme();
      resize.disconnect();
      plot?.destroy();
    };
  }, [days, series, scale, height]);

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
