import { formatMonth } from '#renderer/lib/format.js';

/** Week columns a month name needs ("Sep" at the calendar's size is about two 15 px columns). */
const LABEL_COLUMNS = 2;

/**
 * The month name over each week column of the practice calendar, or '' where there is none. A name
 * goes over the first week of a month, but only where it has room: not when the next month begins
 * a column later ("Jul Aug" crowding into each other) and not in the last column, where it would be
 * cut off at the edge.
 */
export function monthLabels(weekStarts: readonly string[]): string[] {
  const starts = weekStarts.flatMap((day, i) => (i === 0 || day.slice(0, 7) !== weekStarts[i - 1]!.slice(0, 7) ? [i] : []));
  const labels = weekStarts.map(() => '');
  starts.forEach((column, k) => {
    const next = starts[k + 1] ?? weekStarts.length;
    if (next - column >= LABEL_COLUMNS) labels[column] = formatMonth(weekStarts[column]!);
  });
  return labels;
}
