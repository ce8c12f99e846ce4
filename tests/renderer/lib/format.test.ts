import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  formatDateTime,
  formatDay,
  formatDayWithYear,
  formatLongDay,
  formatMonthWithYear,
  formatRating,
  plural,
  pluralWord,
  relativeDays,
  setFormatLocale,
} from '#renderer/lib/format.js';

describe('plural', () => {
  it('follows English plural rules for the word and the locale for the number', () => {
    setFormatLocale('en-US');
    expect(plural(0, 'day')).toBe('0 days');
    expect(plural(1, 'day')).toBe('1 day');
    expect(plural(2, 'answer')).toBe('2 answers');
    expect(plural(1.5, 'second')).toBe('1.5 seconds');
    expect(plural(1234, 'answer')).toBe('1,234 answers');
    expect(plural(3, 'mock interview')).toBe('3 mock interviews');
    expect(plural(1, 'recording file')).toBe('1 recording file');
  });

  it('takes an irregular plural', () => {
    expect(plural(2, 'person', 'people')).toBe('2 people');
    expect(pluralWord(1, 'has', 'have')).toBe('has');
    expect(pluralWord(8, 'has', 'have')).toBe('have');
  });
});

describe('relativeDays', () => {
  it('says today, tomorrow and yesterday, and counts the rest with the plural helper', () => {
    expect(relativeDays('2026-12-07', '2026-12-07')).toBe('today');
    expect(relativeDays('2026-12-07', '2026-12-08')).toBe('tomorrow');
    expect(relativeDays('2026-12-07', '2026-12-06')).toBe('yesterday');
    expect(relativeDays('2026-12-07', '2026-12-10')).toBe('in 3 days');
    expect(relativeDays('2026-12-07', '2026-12-05')).toBe('2 days ago');
  });
});

describe('dates', () => {
  beforeEach(() => setFormatLocale('en-US'));
  afterEach(() => setFormatLocale(undefined));

  it('writes a moment one way everywhere, with its year, in the user locale', () => {
    // Local time: built from parts so the test holds in any time zone.
    const moment = new Date(2026, 11, 7, 6, 32);
    expect(formatDateTime(moment)).toBe('Dec 7, 2026, 6:32 AM');
    expect(formatDateTime(moment.toISOString())).toBe('Dec 7, 2026, 6:32 AM');
    setFormatLocale('en-GB');
    expect(formatDateTime(moment)).toBe('7 Dec 2026, 6:32');
  });

  it('reads day keys as calendar days, never shifted by the time zone', () => {
    expect(formatDay('2026-12-07')).toBe('Dec 7');
    expect(formatDayWithYear('2026-01-01')).toBe('Jan 1, 2026');
    expect(formatLongDay('2026-11-27')).toBe('Friday, November 27');
    expect(formatMonthWithYear('2025-12-31')).toBe('Dec 2025');
  });
});

describe('formatRating', () => {
  it('writes a rating and an average of ratings the same way', () => {
    expect(formatRating(4)).toBe('4 / 5');
    expect(formatRating(4.0)).toBe('4 / 5');
    expect(formatRating(3.5)).toBe('3.5 / 5');
    // An average keeps one decimal, and drops it when it rounds to a whole rating.
    expect(formatRating(11 / 3)).toBe('3.7 / 5');
    expect(formatRating(3.96)).toBe('4 / 5');
    expect(formatRating(null)).toBe('not rated');
  });
});
