const dayFormat = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short', timeZone: 'UTC' });
const longDayFormat = new Intl.DateTimeFormat(undefined, { weekday: 'long', day: 'numeric', month: 'long', timeZone: 'UTC' });

/** A 'YYYY-MM-DD' day key read as a calendar day (UTC midnight, formatted in UTC, so no zone shifts it). */
export const dayKeyToDate = (day: string): Date => new Date(`${day}T00:00:00.000Z`);

/** "27 Nov" */
export const formatDay = (day: string): string => dayFormat.format(dayKeyToDate(day));

/** "Friday, 27 November" */
export const formatLongDay = (day: string): string => longDayFormat.format(dayKeyToDate(day));

/** "67%" */
export const formatShare = (share: number | null): string => (share === null ? '—' : `${Math.round(share * 100)}%`);

/** "3.5 / 5" */
export const formatRating = (rating: number | null): string =>
  rating === null ? 'not rated' : `${Number.isInteger(rating) ? rating : rating.toFixed(1)} / 5`;

export const plural = (n: number, one: string, many = `${one}s`): string => `${n.toLocaleString()} ${n === 1 ? one : many}`;

/** "in 3 days", "tomorrow", "today" between two day keys. */
export function relativeDays(from: string, to: string): string {
  const days = Math.round((dayKeyToDate(to).getTime() - dayKeyToDate(from).getTime()) / 86_400_000);
  if (days === 0) return 'today';
  if (days === 1) return 'tomorrow';
  if (days === -1) return 'yesterday';
  return days > 0 ? `in ${days} days` : `${-days} days ago`;
}
