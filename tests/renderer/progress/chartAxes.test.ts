import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setFormatLocale } from '#renderer/lib/format.js';
import { dayToX, timeRange, timeTicks, valueAxis } from '#renderer/progress/chartAxes.js';
import { count, seconds } from '#renderer/progress/measureFormats.js';

const DAY_S = 86_400;
const days = (from: string, count: number, stepDays = 1) =>
  Array.from({ length: count }, (_, i) => new Date(dayToX(from) * 1000 + i * stepDays * DAY_S * 1000).toISOString().slice(0, 10));
const ticksFor = (ds: string[], maxTicks: number) => {
  const [min, max] = timeRange(ds);
  return { min, max, ticks: timeTicks(min, max, maxTicks, dayToX(ds[0]!)) };
};

beforeAll(() => setFormatLocale('en-US'));
afterAll(() => setFormatLocale(undefined));

describe('time axis', () => {
  it('on day one puts the single point in the middle and labels the real days around it', () => {
    const { min, max, ticks } = ticksFor(['2026-12-07'], 4);
    expect((min + max) / 2).toBe(dayToX('2026-12-07'));
    expect(ticks.map((t) => t.label)).toEqual(['Dec 6', 'Dec 7', 'Dec 8']);
    expect(ticks.some((t) => t.label.startsWith('Jan'))).toBe(false);
  });

  it('labels a week by day, every other day when the chart is narrow', () => {
    const week = days('2026-12-01', 7);
    expect(ticksFor(week, 10).ticks.map((t) => t.label)).toEqual(['Dec 1', 'Dec 2', 'Dec 3', 'Dec 4', 'Dec 5', 'Dec 6', 'Dec 7']);
    expect(ticksFor(week, 4).ticks.map((t) => t.label)).toEqual(['Dec 1', 'Dec 3', 'Dec 5', 'Dec 7']);
  });

  it('labels thirty days weekly from the first day, never repeating a label', () => {
    const month = days('2026-11-08', 30);
    const labels = ticksFor(month, 6).ticks.map((t) => t.label);
    expect(labels).toEqual(['Nov 8', 'Nov 15', 'Nov 22', 'Nov 29', 'Dec 6']);
  });

  it('gives a month in a small chart two real dates, not one month name', () => {
    const labels = ticksFor(days('2026-11-07', 31), 3).ticks.map((t) => t.label);
    expect(labels).toEqual(['Nov 7', 'Nov 21', 'Dec 5']);
    expect(ticksFor(days('2026-11-07', 31), 2).ticks.map((t) => t.label)).toEqual(['Nov 7', 'Dec 5']);
  });

  it('gives weekly charts their week starts', () => {
    const mondays = days('2026-10-05', 10, 7);
    const ticks = ticksFor(mondays, 6).ticks;
    expect(ticks[0]!.label).toBe('Oct 5');
    for (const t of ticks) expect(new Date(t.at * 1000).getUTCDay()).toBe(1);
  });

  it('labels a year by month, with the year on the first label and on January', () => {
    const year = days('2025-12-08', 365);
    const labels = ticksFor(year, 7).ticks.map((t) => t.label);
    expect(labels).toEqual(['Jan 2026', 'Mar', 'May', 'Jul', 'Sep', 'Nov']);
    expect(new Set(labels).size).toBe(labels.length);
  });

  it('writes the year on day labels when the days cross into a new year', () => {
    const labels = ticksFor(days('2026-12-29', 6), 8).ticks.map((t) => t.label);
    expect(labels[0]).toBe('Dec 29, 2026');
    expect(labels).toContain('Jan 1, 2027');
    expect(labels).toContain('Dec 30');
  });

  it('keeps within the ticks it may draw however long the history', () => {
    const [min, max] = timeRange(['2020-01-01', '2026-12-07']);
    const ticks = timeTicks(min, max, 4, dayToX('2020-01-01'));
    expect(ticks.length).toBeLessThanOrEqual(4);
    expect(ticks.length).toBeGreaterThan(1);
  });
});

describe('value axis', () => {
  it('fits pauses of 0 on a small whole-number axis, not 0 to 100', () => {
    expect(valueAxis([0], { kind: 'measure', minTop: 2 })).toEqual({ min: 0, max: 2, splits: [0, 1, 2] });
  });

  it('fits seconds (given in milliseconds) in whole steps above the largest value', () => {
    const axis = valueAxis([19_000, 21_400, null], { kind: 'measure', unit: 1000, minTop: 5 });
    expect(axis.min).toBe(0);
    expect(axis.max).toBeGreaterThanOrEqual(21_400);
    expect(axis.max).toBeLessThanOrEqual(40_000);
    for (const s of axis.splits) expect(s % 1000).toBe(0);
  });

  it('fits a measure that does not start at zero when asked', () => {
    const axis = valueAxis([180, 210], { kind: 'measure', fromZero: false }, 5);
    expect(axis.min).toBeGreaterThan(100);
    expect(axis.min).toBeLessThanOrEqual(180);
    expect(axis.max).toBeGreaterThanOrEqual(210);
  });

  it('shows shares from 0 to 100%', () => {
    expect(valueAxis([0.4], { kind: 'share' })).toEqual({ min: 0, max: 1, splits: [0, 0.25, 0.5, 0.75, 1] });
  });
});

describe('delivery chart values', () => {
  it('labels the time axis in whole seconds and the values to a tenth under ten seconds', () => {
    const axis = valueAxis([2_500], { kind: 'measure', unit: 1000, minTop: 5 });
    expect(axis.splits.map(seconds)).toEqual(['0 s', '2 s', '4 s', '6 s']);
    expect(seconds(2_500)).toBe('2.5 s');
    expect(seconds(12_400)).toBe('12 s');
  });

  it('labels the pauses axis in whole pauses and an average to a tenth', () => {
    expect(valueAxis([0.5], { kind: 'measure', minTop: 2 }).splits.map(count)).toEqual(['0', '1', '2']);
    expect(count(1.25)).toBe('1.3');
  });
});
