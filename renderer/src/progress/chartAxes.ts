import { dayKeyToDate, formatDay, formatDayWithYear, formatMonth, formatMonthWithYear } from '#renderer/lib/format.js';

/**
 * The axes of the progress charts, worked out here rather than left to uPlot's defaults: with one
 * day of data those read "Jan 1 · Jan 1 · Jan 1" and a value of 0 got an axis to 100. The x axis
 * is in seconds since 1970 at UTC midnight of each day key; ticks fall on whole days or on the
 * first of a month, and the year is written whenever it could be in doubt.
 */

const DAY_S = 86_400;

export type Tick = { at: number; label: string };

/** A day key as the chart's x value. */
export const dayToX = (day: string): number => dayKeyToDate(day).getTime() / 1000;
const xToDay = (x: number): string => new Date(x * 1000).toISOString().slice(0, 10);

/**
 * The x range for these days: a single day sits in the middle of three, a longer run gets half a
 * day (or 4 %) of room at each end so its first and last points are not cut in half by the frame.
 */
export function timeRange(days: readonly string[]): [number, number] {
  if (days.length === 0) return [dayToX('1970-01-02') - DAY_S, dayToX('1970-01-02') + DAY_S];
  const xs = days.map(dayToX);
  const first = Math.min(...xs);
  const last = Math.max(...xs);
  const pad = first === last ? DAY_S : Math.max(DAY_S / 2, Math.round((last - first) * 0.04));
  return [first - pad, last + pad];
}

const DAY_STEPS = [1, 2, 7, 14, 28];
const MONTH_STEPS = [1, 2, 3, 6, 12];

/**
 * Ticks between min and max (x values), at most `maxTicks` of them: every day, every other day,
 * every one, two or four weeks from the first data day (`anchor`, so weekly charts tick on their
 * weeks), else on the first of every 1, 2, 3, 6 or 12 months; never fewer than two where a day
 * step gives two (a month of data in a small chart reads "Nov 7 · Dec 5", not one "Dec 2026").
 */
export function timeTicks(min: number, max: number, maxTicks: number, anchor: number): Tick[] {
  const limit = Math.max(2, maxTicks);
  for (const step of DAY_STEPS) {
    const xs = dayTicks(min, max, step, anchor);
    if (xs.length <= limit) return labelDays(xs);
  }
  for (const step of MONTH_STEPS) {
    const xs = monthStarts(min, max, step);
    if (xs.length < 2 && max - min < 62 * DAY_S) return labelDays(dayTicks(min, max, 28, anchor));
    if (xs.length <= limit) return labelMonths(xs);
  }
  return labelMonths(monthStarts(min, max, 12 * Math.ceil(monthStarts(min, max, 12).length / limit)));
}

/** Every `step` days from the anchor day, within min and max. */
function dayTicks(min: number, max: number, step: number, anchor: number): number[] {
  const stepS = step * DAY_S;
  // The earliest tick in range that is a whole number of steps from the anchor day.
  const start = anchor - Math.floor((anchor - min) / stepS) * stepS;
  const xs: number[] = [];
  for (let x = start; x <= max; x += stepS) xs.push(x);
  return xs;
}

function monthStarts(min: number, max: number, step: number): number[] {
  const from = new Date(Math.ceil(min / DAY_S) * DAY_S * 1000);
  let year = from.getUTCFullYear();
  let month = from.getUTCMonth() + (from.getUTCDate() === 1 ? 0 : 1);
  // Steps of several months start on a month that divides the year evenly (Jan, Apr, Jul, Oct).
  month = Math.ceil(month / step) * step;
  const xs: number[] = [];
  for (;;) {
    year += Math.floor(month / 12);
    month %= 12;
    const x = Date.UTC(year, month, 1) / 1000;
    if (x > max) return xs;
    if (x >= min) xs.push(x);
    month += step;
  }
}

/** Day labels ("Dec 7"), with the year on the first and on any tick in a new year when the ticks span years. */
function labelDays(xs: number[]): Tick[] {
  const years = new Set(xs.map((x) => xToDay(x).slice(0, 4)));
  return xs.map((at, i) => {
    const day = xToDay(at);
    const newYear = i > 0 && day.slice(0, 4) !== xToDay(xs[i - 1]!).slice(0, 4);
    return { at, label: years.size > 1 && (i === 0 || newYear) ? formatDayWithYear(day) : formatDay(day) };
  });
}

/** Month labels ("Feb"), with the year on the first tick and on each January (or first tick of a year). */
function labelMonths(xs: number[]): Tick[] {
  return xs.map((at, i) => {
    const day = xToDay(at);
    const newYear = i === 0 || day.slice(0, 4) !== xToDay(xs[i - 1]!).slice(0, 4);
    return { at, label: newYear ? formatMonthWithYear(day) : formatMonth(day) };
  });
}

/** How a value axis fits its numbers. */
export type ValueScale =
  /** A share from 0 to 1, always shown whole. */
  | { kind: 'share' }
  /**
   * A measure from 0 up: `unit` is how many raw units make one step unit (1000 for milliseconds
   * shown as seconds), `minTop` the least top of the axis in step units, so a value of 0 still gets
   * a small axis instead of an empty or huge one. `fromZero: false` fits the lowest value too.
   */
  | { kind: 'measure'; unit?: number; minTop?: number; fromZero?: boolean };

const NICE = [1, 2, 5];

/** The smallest whole "nice" step (1, 2 or 5 times a power of ten) that covers span in at most `count` steps. */
export function niceStep(span: number, count: number): number {
  const raw = Math.max(span, 1e-9) / Math.max(1, count);
  if (raw <= 1) return 1;
  const power = 10 ** Math.floor(Math.log10(raw));
  return NICE.map((m) => m * power).find((step) => step >= raw - 1e-9) ?? 10 * power;
}

/** The y range and its ticks for these values. */
export function valueAxis(
  values: ReadonlyArray<number | null>,
  scale: ValueScale,
  maxTicks = 5,
): { min: number; max: number; splits: number[] } {
  if (scale.kind === 'share') return { min: 0, max: 1, splits: [0, 0.25, 0.5, 0.75, 1] };
  const unit = scale.unit ?? 1;
  const present = values.filter((v): v is number => v !== null && Number.isFinite(v)).map((v) => v / unit);
  const top = Math.max(scale.minTop ?? 1, ...present);
  const low = scale.fromZero === false && present.length > 0 ? Math.min(...present) : 0;
  const step = niceStep(top - low, Math.max(1, maxTicks - 1));
  const min = Math.floor(low / step) * step;
  let max = Math.ceil(top / step) * step;
  if (max === min) max = min + step;
  const splits: number[] = [];
  for (let v = min; v <= max + 1e-9; v += step) splits.push(Math.round(v * 1e6) / 1e6);
  return { min: min * unit, max: max * unit, splits: splits.map((v) => v * unit) };
}
