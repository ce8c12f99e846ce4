import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setFormatLocale } from '#renderer/lib/format.js';
import { monthLabels } from '#renderer/progress/calendarMonths.js';

const mondays = (from: string, count: number) =>
  Array.from({ length: count }, (_, i) => new Date(Date.parse(`${from}T00:00:00Z`) + i * 7 * 86_400_000).toISOString().slice(0, 10));

beforeAll(() => setFormatLocale('en-US'));
afterAll(() => setFormatLocale(undefined));

describe('the practice calendar’s month names', () => {
  it('names each month over its first week', () => {
    const labels = monthLabels(mondays('2026-09-07', 15));
    expect(labels.filter(Boolean)).toEqual(['Sep', 'Oct', 'Nov', 'Dec']);
    expect(labels[0]).toBe('Sep');
  });

  it('leaves out a name that would crowd the next one ("Jul Aug")', () => {
    // The first column is the last week of July: August begins one column later.
    const labels = monthLabels(mondays('2026-07-27', 6));
    expect(labels.slice(0, 2)).toEqual(['', 'Aug']);
  });

  it('leaves out a name in the last column, where it would be cut off ("Dec")', () => {
    expect(monthLabels(mondays('2026-11-09', 5)).filter(Boolean)).toEqual(['Nov']); // Nov 9 … Dec 7
  });
});
