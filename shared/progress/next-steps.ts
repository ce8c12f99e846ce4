import type { Library } from '#shared/content/schema.js';
import type { ProgressSummary } from '#shared/schemas/progress.js';

/** Below this share of "met" a criterion is worth working on; fewer marks than this say too little. */
const WEAK_SHARE = 0.7;
const MIN_MARKS = 3;

/**
 * Suggested next steps for the readiness report, in plain words, most useful first: the
 * weakest criteria (with what the interviewer listens for), categories not yet tried, then
 * habits. Pure, so a mentor's printout and the tests agree.
 */
export function suggestNextSteps(summary: ProgressSummary, library: Library, mockSessions: number): string[] {
  const steps: string[] = [];
  const criterion = new Map(library.criteria.map((c) => [c.id, c]));
  const weakest = summary.criteria
    .filter((c) => c.share !== null && c.share < WEAK_SHARE && c.met + c.partly + c.notMet >= MIN_MARKS)
    .sort((a, b) => a.share! - b.share!)
    .slice(0, 3);
  for (const c of weakest) {
    const info = criterion.get(c.criterionId);
    if (!info) continue;
    steps.push(`Work on “${info.label}”: met in ${Math.round(c.share! * 100)}% of reviewed answers. ${info.listenFor}`);
  }

  const category = new Map(library.categories.map((c) => [c.id, c]));
  const untried = summary.categories
    .filter((c) => c.questionsTotal > 0 && c.questionsPractised === 0)
    .map((c) => category.get(c.categoryId)?.label)
    .filter((label): label is string => !!label);
  if (untried.length > 0) steps.push(`Try the categories not practiced yet: ${untried.join(', ')}.`);

  const lowRated = summary.categories
    .filter((c) => c.averageRating !== null && c.averageRating < 3)
    .map((c) => category.get(c.categoryId)?.label)
    .filter((label): label is string => !!label);
  if (lowRated.length > 0) steps.push(`Re-record your answers in ${lowRated.join(', ')}, where your own ratings average under 3 of 5.`);

  if (summary.totals.attempts > summary.totals.reviewed) {
    const unreviewed = summary.totals.attempts - summary.totals.reviewed;
    steps.push(`Review the ${unreviewed === 1 ? 'answer' : `${unreviewed} answers`} you recorded but have not marked yet.`);
  }
  if (mockSessions === 0) steps.push('Run a mock interview to practice answering several questions back to back.');
  if (!summary.calendar.practisedToday) steps.push('Keep the habit: a few minutes of practice a day keeps the answers fresh.');
  return steps;
}
