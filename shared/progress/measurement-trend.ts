import type { Attempt } from '#shared/schemas/attempt.js';
import type { MeasurementDay } from '#shared/schemas/progress.js';
import type { LocalDays } from './local-day.js';

type Sums = Omit<MeasurementDay, 'date'>;

/**
 * Delivery over time: per practice day, the mean of each measurement over that day's measured
 * answers. A day is the natural unit here (one sitting); attempts not measured yet are left out.
 */
export function measurementTrend(attempts: Iterable<Attempt>, days: LocalDays): MeasurementDay[] {
  const byDay = new Map<string, Sums>();
  for (const a of attempts) {
    const m = a.measurements;
    if (!m) continue;
    const day = days.dayOf(a.createdAt);
    let s = byDay.get(day);
    if (!s) byDay.set(day, (s = { answers: 0, durationMs: 0, speechMs: 0, leadingSilenceMs: 0, pauseCount: 0, longestPauseMs: 0 }));
    s.answers++;
    s.durationMs += m.durationMs;
    s.speechMs += m.speechMs;
    s.leadingSilenceMs += m.leadingSilenceMs;
    s.pauseCount += m.pauseCount;
    s.longestPauseMs += m.longestPauseMs;
  }
  return [...byDay.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([date, s]) => ({
      date,
      answers: s.answers,
      durationMs: s.durationMs / s.answers,
      speechMs: s.speechMs / s.answers,
      leadingSilenceMs: s.leadingSilenceMs / s.answers,
      pauseCount: s.pauseCount / s.answers,
      longestPauseMs: s.longestPauseMs / s.answers,
    }));
}
