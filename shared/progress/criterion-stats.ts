import type { Criterion } from '#shared/content/schema.js';
import type { Attempt } from '#shared/schemas/attempt.js';
import type { CriterionProgress, MarkCounts, MustHaveProgress, WeekMarks } from '#shared/schemas/progress.js';
import { weekStartOf, type LocalDays } from './local-day.js';

const emptyCounts = (): MarkCounts => ({ met: 0, partly: 0, notMet: 0 });

function add(counts: MarkCounts, mark: string): void {
  if (mark === 'met') counts.met++;
  else if (mark === 'partly') counts.partly++;
  else if (mark === 'not_met') counts.notMet++;
}

/**
 * How often a criterion was met, where "partly" counts half: a partial STAR story is progress,
 * but not the same as a whole one. The marks themselves are kept too, so the UI can show them.
 */
export function shareMet(counts: MarkCounts): number | null {
  const marked = counts.met + counts.partly + counts.notMet;
  return marked === 0 ? null : (counts.met + counts.partly / 2) / marked;
}

function sortedWeeks(byWeek: Map<string, MarkCounts>): WeekMarks[] {
  return [...byWeek.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([weekStart, c]) => ({ weekStart, ...c }));
}

/**
 * Per criterion: the marks over all reviewed answers, and the same per week of practice, dated by
 * when the answer was given (so re-reviewing an old take does not move it into this week).
 */
export function criterionStats(
  criteria: readonly Criterion[],
  attempts: Iterable<Attempt>,
  days: LocalDays,
): { criteria: CriterionProgress[]; overallTrend: WeekMarks[] } {
  const totals = new Map<string, MarkCounts>();
  const weekly = new Map<string, Map<string, MarkCounts>>();
  const overall = new Map<string, MarkCounts>();
  for (const a of attempts) {
    const marks = Object.entries(a.review.marks);
    // A question's must-haves are points of the checklist too, so "all points" counts them.
    const mustHaves = Object.values(a.review.mustHaveMarks ?? {});
    if (marks.length === 0 && mustHaves.length === 0) continue;
    const week = weekStartOf(days.dayOf(a.createdAt));
    let overallWeek = overall.get(week);
    if (!overallWeek) overall.set(week, (overallWeek = emptyCounts()));
    for (const mark of mustHaves) add(overallWeek, mark);
    for (const [criterionId, mark] of marks) {
      let total = totals.get(criterionId);
      if (!total) totals.set(criterionId, (total = emptyCounts()));
      add(total, mark);
      let byWeek = weekly.get(criterionId);
      if (!byWeek) weekly.set(criterionId, (byWeek = new Map()));
      let counts = byWeek.get(week);
      if (!counts) byWeek.set(week, (counts = emptyCounts()));
      add(counts, mark);
      add(overallWeek, mark);
    }
  }
  return {
    criteria: criteria.map((c) => {
      const counts = totals.get(c.id) ?? emptyCounts();
      return { criterionId: c.id, ...counts, share: shareMet(counts), trend: sortedWeeks(weekly.get(c.id) ?? new Map()) };
    }),
    overallTrend: sortedWeeks(overall),
  };
}

/**
 * The must-have marks of every reviewed answer, together and week by week (dated like the
 * criteria, by when the answer was given). They count in the overall trend too: see criterionStats.
 */
export function mustHaveStats(attempts: Iterable<Attempt>, days: LocalDays): MustHaveProgress {
  const total = emptyCounts();
  const byWeek = new Map<string, MarkCounts>();
  for (const a of attempts) {
    const marks = Object.values(a.review.mustHaveMarks ?? {});
    if (marks.length === 0) continue;
    const week = weekStartOf(days.dayOf(a.createdAt));
    let counts = byWeek.get(week);
    if (!counts) byWeek.set(week, (counts = emptyCounts()));
    for (const mark of marks) {
      add(total, mark);
      add(counts, mark);
    }
  }
  return { ...total, share: shareMet(total), trend: sortedWeeks(byWeek) };
}
