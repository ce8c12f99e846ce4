import type { Library } from '#shared/content/schema.js';
import type { Attempt } from '#shared/schemas/attempt.js';
import type { ProgressSummary } from '#shared/schemas/progress.js';
import { practiceCalendar } from './calendar.js';
import { categoryStats } from './category-stats.js';
import { criterionStats, mustHaveStats } from './criterion-stats.js';
import { localDays } from './local-day.js';
import { measurementTrend } from './measurement-trend.js';
import { questionStats } from './question-stats.js';
import { readinessSummary } from './readiness.js';

export type SummaryInput = {
  attempts: readonly Attempt[];
  library: Library;
  timeZone: string;
  now: Date;
};

/**
 * Everything the progress view shows, computed where the attempts live so the renderer receives a
 * few kilobytes instead of the whole history. Each part is its own pure function; this only joins them.
 */
export function progressSummary({ attempts, library, timeZone, now }: SummaryInput): ProgressSummary {
  const days = localDays(timeZone);
  const questions = questionStats(attempts);
  const categories = categoryStats(library, questions);
  const { criteria, overallTrend } = criterionStats(library.criteria, attempts, days);
  const known = new Set(library.questions.map((q) => q.id));
  const questionsPractised = [...questions.keys()].filter((id) => known.has(id)).length;

  let reviewed = 0;
  let rated = 0;
  let measured = 0;
  for (const a of attempts) {
    if (a.reviewedAt !== null) reviewed++;
    if (a.review.rating !== null) rated++;
    if (a.measurements) measured++;
  }

  return {
    generatedAt: now.toISOString(),
    timeZone,
    totals: { attempts: attempts.length, reviewed, rated, measured, questionsPractised, questionsTotal: library.questions.length },
    readiness: readinessSummary({
      criteria: library.criteria,
      categories: library.categories,
      criterionProgress: criteria,
      categoryProgress: categories,
      attempts: attempts.length,
      questionsTotal: library.questions.length,
      questionsPractised,
    }),
    questions: [...questions.values()],
    categories,
    criteria,
    mustHaves: mustHaveStats(attempts, days),
    overallTrend,
    calendar: practiceCalendar(
      attempts.map((a) => days.dayOf(a.createdAt)),
      days.dayOf(now),
    ),
    measurements: measurementTrend(attempts, days),
  };
}
