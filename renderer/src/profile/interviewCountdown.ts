import type { FacilityProfile } from '#shared/schemas/profile.js';
import { dayKeyToDate, plural } from '#renderer/lib/format.js';

const pad = (n: number) => String(n).padStart(2, '0');

/** Today as a 'YYYY-MM-DD' key in the user's own calendar (the page runs in their zone). */
export const todayKey = (now: Date = new Date()): string => `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;

/** Whole days from `today` to `day` (both day keys); negative once the day has passed. */
export const daysBetween = (today: string, day: string): number =>
  Math.round((dayKeyToDate(day).getTime() - dayKeyToDate(today).getTime()) / 86_400_000);

/**
 * "Interview today", "Interview tomorrow", "Interview in 5 days"; null without a date or once it
 * has passed (a countdown to a day gone by would only nag).
 */
export function interviewCountdown(profile: Pick<FacilityProfile, 'interviewDate'>, today: string): string | null {
  if (!profile.interviewDate) return null;
  const days = daysBetween(today, profile.interviewDate);
  if (days < 0) return null;
  if (days === 0) return 'Interview today';
  if (days === 1) return 'Interview tomorrow';
  return `Interview in ${plural(days, 'day')}`;
}
