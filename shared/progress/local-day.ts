/**
 * Calendar days in the user's own time zone. Streaks, the practice calendar and "due today" are
 * about the days the user lives, not UTC days: an answer at 23:30 in New York is that evening's
 * practice, not tomorrow's. Days are 'YYYY-MM-DD' strings, which sort in date order.
 */
export type DayKey = string;

const DAY_MS = 86_400_000;
const DAY_KEY = /^(\d{4})-(\d{2})-(\d{2})$/;
/**
 * The days this arithmetic works on: years 1000–9999 (a 'YYYY-MM-DD' key has four digits, and
 * Date.UTC reads years below 100 as 19xx). Every function here is total: an instant or a day
 * beyond them (a date from a damaged or hand-made file, or a due date pushed past 9999 by an
 * interval) is taken as the nearest end, and a value that is no date at all as the first day, so
 * Progress, Due today and mock interviews still answer rather than throw. The schemas keep such
 * dates out (2000–2100, see shared/schemas/ids.ts); this is the last line.
 */
const MIN_DAY = Date.UTC(1000, 0, 1) / DAY_MS;
const MAX_DAY = Date.UTC(9999, 11, 31) / DAY_MS;
const clampDay = (n: number): number => (Number.isNaN(n) ? MIN_DAY : Math.min(MAX_DAY, Math.max(MIN_DAY, Math.floor(n))));

/** True for a name Intl knows ('Europe/Berlin', 'UTC'); anything else would throw later. */
export function isValidTimeZone(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone });
    return true;
  } catch {
    return false;
  }
}

/**
 * Maps instants to local days in one time zone. The zone's UTC offset is looked up once per UTC
 * day and reused when it is the same at both ends of that day (every day but the two a year when
 * clocks change), because Intl look-ups are the slow part at 10,000 attempts.
 */
export function localDays(timeZone: string) {
  const format = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
  });
  const steadyOffset = new Map<number, number | null>();
  const dayKeys = new Map<number, DayKey>();
  const byTimestamp = new Map<string, DayKey>();

  /** Minutes to add to UTC to get local wall-clock time at this instant. */
  function offsetAt(ms: number): number {
    const parts: Record<string, number> = {};
    for (const part of format.formatToParts(new Date(ms))) {
      if (part.type !== 'literal') parts[part.type] = Number(part.value);
    }
    const wall = Date.UTC(parts.year!, parts.month! - 1, parts.day!, parts.hour!, parts.minute!, parts.second!);
    return Math.round((wall - Math.floor(ms / 1000) * 1000) / 60_000);
  }

  function offsetFor(ms: number): number {
    const utcDay = Math.floor(ms / DAY_MS);
    let steady = steadyOffset.get(utcDay);
    if (steady === undefined) {
      const start = offsetAt(utcDay * DAY_MS);
      steady = start === offsetAt((utcDay + 1) * DAY_MS - 1) ? start : null;
      steadyOffset.set(utcDay, steady);
    }
    return steady ?? offsetAt(ms);
  }

  return {
    timeZone,
    /**
     * The local day an instant falls on. A summary asks this of every attempt's timestamp three times
     * (criteria by week, measurements by week, the calendar), so answers are kept per timestamp and
     * per day for the life of this object.
     */
    dayOf(instant: Date | string | number): DayKey {
      if (typeof instant === 'string') {
        const known = byTimestamp.get(instant);
        if (known !== undefined) return known;
      }
      const raw = instant instanceof Date ? instant.getTime() : typeof instant === 'string' ? Date.parse(instant) : instant;
      // Out of range (or no date at all): the zone's offset cannot be asked of it, and the day is an end anyway.
      const ms = Number.isNaN(raw) ? MIN_DAY * DAY_MS : Math.min((MAX_DAY + 1) * DAY_MS - 1, Math.max(MIN_DAY * DAY_MS, raw));
      const dayNumber = clampDay((ms + offsetFor(ms) * 60_000) / DAY_MS);
      let day = dayKeys.get(dayNumber);
      if (day === undefined) dayKeys.set(dayNumber, (day = fromDayNumber(dayNumber)));
      if (typeof instant === 'string') byTimestamp.set(instant, day);
      return day;
    },
  };
}
export type LocalDays = ReturnType<typeof localDays>;

/** A key that is not a day reads as the first day (see MIN_DAY): callers get an answer, not an exception. */
function dayNumber(day: DayKey): number {
  const match = DAY_KEY.exec(day);
  if (!match) return MIN_DAY;
  return clampDay(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])) / DAY_MS);
}

const fromDayNumber = (n: number): DayKey => new Date(clampDay(n) * DAY_MS).toISOString().slice(0, 10);

/** Calendar arithmetic on day keys: no clock or zone involved, so a 23-hour DST day is still one day. */
export const addDays = (day: DayKey, days: number): DayKey => fromDayNumber(dayNumber(day) + days);

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export const daysBetween = (from: DayKey, to: DayKey): number => dayNumber(to) - dayNumber(from);

/** Week starts found so far: one per day ever asked about, a few thousand at most, asked once per attempt in a summary. */
const weekStarts = new Map<DayKey, DayKey>();

/** The Monday of the week a day is in (ISO weeks start on Monday). */
export function weekStartOf(day: DayKey): DayKey {
  let start = weekStarts.get(day);
  if (start === undefined) {
    const n = dayNumber(day);
    const weekday = (new Date(n * DAY_MS).getUTCDay() + 6) % 7; // Monday 0 … Sunday 6
    weekStarts.set(day, (start = fromDayNumber(n - weekday)));
  }
  return start;
}

export const isDayKey = (value: string): boolean => {
  if (!DAY_KEY.test(value)) return false;
  return fromDayNumber(dayNumber(value)) === value; // refuses 2026-02-31
};
