import type { Attempt } from '#shared/schemas/attempt.js';
import type { MeasurementDay } from '#shared/schemas/progress.js';
import type { LocalDays } from './local-day.js';

type Sums = Omit<MeasurementDay, 'date' | 'wordsPerMinute' | 'pitchVariety'> & { pace: Mean; variety: Mean };
type Mean = { sum: number; count: number };

/**
 * Delivery over time: per practice day, the mean of each measurement over that day's measured
 * answers (pace and pitch variety over those that have them). A day is the natural unit here (one sitting); attempts not measured yet are left out.
 */
export function measurementTrend(attempts: Iterable<Attempt>, days: LocalDays): MeasurementDay[] {
  const byDay = new Map<string, Sums>();
  for (const a of attempts) {
    const m = a.measurements;
    if (!m) continue;
    const day = days.dayOf(a.createdAt);
    let s = byDay.get(day);
    if (!s)
      byDay.set(
        day,
        (s = {
          answers: 0,
          durationMs: 0,
          speechMs: 0,
          leadingSilenceMs: 0,
          pauseCount: 0,
          longestPauseMs: 0,
          pace: { sum: 0, count: 0 },
          variety: { sum: 0, count: 0 },
        }),
      );
    s.answers++;
    s.durationMs += m.durationMs;
    s.speechMs += m.speechMs;
    s.leadingSilenceMs += m.leadingSilenceMs;
    s.pauseCount += m.pauseCount;
    s.longestPauseMs += m.longestPauseMs;
    // Pace and pitch only from the answers that have them: older takes gain them when next reviewed.
    add(s.pace, m.wordsPerMinute);
    add(s.variety, m.pitchVariety);
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
      wordsPerMinute: mean(s.pace),
      pitchVariety: mean(s.variety),
    }));
}

function add(into: Mean, value: number | null | undefined): void {
  if (value == null) return;
  into.sum += value;
  into.count++;
}

function mean({ sum, count }: Mean): number | null {
  return count === 0 ? null : sum / count;
}
