import type { Calendar } from '#shared/schemas/progress.js';
import { addDays, daysBetween, weekStartOf, type DayKey } from './local-day.js';

/** Twenty weeks: long enough to see a habit form, short enough to read at a glance. */
export const CALENDAR_WEEKS = 20;

/**
 * The practice calendar and streaks from the local days answers were given on. The current
 * streak still counts while today is open: practising yesterday and not yet today is a streak
 * that can be kept, not one already lost.
 */
export function practiceCalendar(answerDays: Iterable<DayKey>, today: DayKey, weeks = CALENDAR_WEEKS): Calendar {
  const perDay = new Map<DayKey, number>();
  for (const day of answerDays) perDay.set(day, (perDay.get(day) ?? 0) + 1);

  const first = addDays(weekStartOf(today), -7 * (weeks - 1));
  const days: Calendar['days'] = [];
  for (let day = first; day <= today; day = addDays(day, 1)) days.push({ date: day, answers: perDay.get(day) ?? 0 });

  const practisedToday = perDay.has(today);
  let currentStreak = 0;
  for (let day = practisedToday ? today : addDays(today, -1); perDay.has(day); day = addDays(day, -1)) currentStreak++;

  // Answers dated after today (a clock that was wrong, a zone change) still count as days practised.
  const sorted = [...perDay.keys()].sort();
  let longestStreak = 0;
  let run = 0;
  let previous: DayKey | null = null;
  for (const day of sorted) {
    run = previous !== null && daysBetween(previous, day) === 1 ? run + 1 : 1;
    longestStreak = Math.max(longestStreak, run);
    previous = day;
  }

  return { today, days, currentStreak, longestStreak, practisedToday, activeDays: perDay.size };
}
