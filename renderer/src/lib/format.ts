/**
 * The one place dates, times and counts become words. Dates follow the user's locale (month names,
 * order, 12/24-hour clock); the words around them are English, so plurals follow English rules.
 * Each screen uses these instead of its own Intl options, so a date reads the same everywhere.
 */

/** The locale the numbers and dates are written in; undefined means the system's. Tests pin it. */
let locale: string | undefined;
let formats = makeFormats(undefined);

function makeFormats(loc: string | undefined) {
  return {
    dateTime: new Intl.DateTimeFormat(loc, { year: 'numeric', month: 'short', day: 'numeric', hour: 'numeric', minute: '2-digit' }),
    day: new Intl.DateTimeFormat(loc, { day: 'numeric', month: 'short', timeZone: 'UTC' }),
    dayWithYear: new Intl.DateTimeFormat(loc, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }),
    longDay: new Intl.DateTimeFormat(loc, { weekday: 'long', day: 'numeric', month: 'long', timeZone: 'UTC' }),
    fullDate: new Intl.DateTimeFormat(loc, { day: 'numeric', month: 'long', year: 'numeric' }),
    month: new Intl.DateTimeFormat(loc, { month: 'short', timeZone: 'UTC' }),
    monthWithYear: new Intl.DateTimeFormat(loc, { month: 'short', year: 'numeric', timeZone: 'UTC' }),
    number: new Intl.NumberFormat(loc),
  };
}

/** For tests: write dates and numbers as this locale would. */
export function setFormatLocale(next: string | undefined): void {
  locale = next;
  formats = makeFormats(locale);
}

/** A 'YYYY-MM-DD' day key read as a calendar day (UTC midnight, formatted in UTC, so no zone shifts it). */
export const dayKeyToDate = (day: string): Date => new Date(`${day}T00:00:00.000Z`);

/** A moment ("Dec 7, 2026, 6:32 AM" in en-US): when an answer was recorded, an export made. */
export const formatDateTime = (iso: string | number | Date): string => formats.dateTime.format(new Date(iso));

/** A calendar day without the year ("Dec 7"), for charts and lists within the year. */
export const formatDay = (day: string): string => formats.day.format(dayKeyToDate(day));

/** A calendar day with its year ("Dec 7, 2026"). */
export const formatDayWithYear = (day: string): string => formats.dayWithYear.format(dayKeyToDate(day));

/** "Friday, November 27" */
export const formatLongDay = (day: string): string => formats.longDay.format(dayKeyToDate(day));

/** A moment's date in words ("December 7, 2026"), for a report's heading. */
export const formatFullDate = (iso: string | number | Date): string => formats.fullDate.format(new Date(iso));

/** "Dec", of a day key. */
export const formatMonth = (day: string): string => formats.month.format(dayKeyToDate(day));

/** "Dec 2026", of a day key. */
export const formatMonthWithYear = (day: string): string => formats.monthWithYear.format(dayKeyToDate(day));

/** "1,234" */
export const formatNumber = (n: number): string => formats.number.format(n);

/** "67%" */
export const formatShare = (share: number | null): string => (share === null ? '—' : `${Math.round(share * 100)}%`);

/**
 * "4 / 5", "3.5 / 5": a rating or an average of ratings, everywhere one is shown. Averages keep one
 * decimal only when they need it, so a 4 reads "4 / 5" in the report as in the take list.
 */
export const formatRating = (rating: number | null): string => {
  if (rating === null) return 'not rated';
  const rounded = Math.round(rating * 10) / 10;
  return `${Number.isInteger(rounded) ? rounded : rounded.toFixed(1)} / 5`;
};

const englishPlurals = new Intl.PluralRules('en-US');

/** The word alone for a count: pluralWord(1, 'answer') is "answer", pluralWord(3, 'answer') "answers". */
export const pluralWord = (n: number, one: string, other = `${one}s`): string => (englishPlurals.select(n) === 'one' ? one : other);

/** A count with its word: "1 answer", "8 answers", "0 days", "2 recording files". */
export const plural = (n: number, one: string, other = `${one}s`): string => `${formatNumber(n)} ${pluralWord(n, one, other)}`;

/** "in 3 days", "tomorrow", "today" between two day keys. */
export function relativeDays(from: string, to: string): string {
  const days = Math.round((dayKeyToDate(to).getTime() - dayKeyToDate(from).getTime()) / 86_400_000);
  if (days === 0) return 'today';
  if (days === 1) return 'tomorrow';
  if (days === -1) return 'yesterday';
  return days > 0 ? `in ${plural(days, 'day')}` : `${plural(-days, 'day')} ago`;
}
