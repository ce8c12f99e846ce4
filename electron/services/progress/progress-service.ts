import type { Library } from '#shared/content/schema.js';
import { StudioError } from '#shared/contract/errors.js';
import type { Attempt } from '#shared/schemas/attempt.js';
import type { DueQueue } from '#shared/schemas/schedule.js';
import type { ProgressSummary, QuestionProgress } from '#shared/schemas/progress.js';
import { dueQueue } from '#shared/progress/due-queue.js';
import { localDays } from '#shared/progress/local-day.js';
import type { Standing } from '#shared/progress/mock-plan.js';
import { questionStats } from '#shared/progress/question-stats.js';
import { progressSummary } from '#shared/progress/summary.js';
import type { Clock } from '#electron/services/storage/clock.js';
import type { ScheduleStateStore } from '#electron/services/schedule/schedule-state.js';
import { createScheduleCache } from '#electron/services/schedule/schedule-cache.js';

export type ProgressDeps = {
  attempts: { all(): Attempt[]; revision(): number };
  library: Library;
  /** Moves when the user's own questions change (the totals count them); absent for a fixed library. */
  libraryRevision?: () => number;
  schedule: ScheduleStateStore;
  newQuestionsPerDay: () => number;
  clock: Clock;
};

/**
 * Progress and the review schedule, computed in main from the attempts in memory, so the renderer
 * asks for a summary instead of downloading every attempt. Results are kept until the attempts
 * change (the store's revision moves) or the day or zone asked about does.
 */
export function createProgressService(deps: ProgressDeps) {
  const { library, clock } = deps;
  const schedules = createScheduleCache();
  let summaryCache: { key: string; value: ProgressSummary } | null = null;
  let questionsCache: { revision: number; value: QuestionProgress[] } | null = null;

  function summary(timeZone: string): ProgressSummary {
    const now = clock();
    const key = `${deps.attempts.revision()}|${deps.libraryRevision?.() ?? 0}|${timeZone}|${localDays(timeZone).dayOf(now)}`;
    if (summaryCache?.key !== key) {
      summaryCache = { key, value: progressSummary({ attempts: deps.attempts.all(), library, timeZone, now }) };
    }
    return summaryCache.value;
  }

  function questions(): QuestionProgress[] {
    const revision = deps.attempts.revision();
    if (questionsCache?.revision !== revision) {
      questionsCache = { revision, value: [...questionStats(deps.attempts.all()).values()] };
    }
    return questionsCache.value;
  }

  function due(timeZone: string): DueQueue {
    const { histories, schedules: cards } = schedules.current(deps.attempts);
    return dueQueue({
      library,
      histories,
      schedules: cards,
      suspended: deps.schedule.suspended(),
      newPerDay: deps.newQuestionsPerDay(),
      days: localDays(timeZone),
      now: clock(),
    });
  }

  /** What the mock interview planner weighs: due, weak, untried. */
  function standing(timeZone: string): Map<string, Standing> {
    const queue = due(timeZone);
    const dueItems = new Map(queue.items.filter((i) => i.kind === 'due').map((i) => [i.questionId, i]));
    const stats = new Map(questions().map((q) => [q.questionId, q]));
    return new Map(
      library.questions.map((q) => {
        const s = stats.get(q.id);
        const dueItem = dueItems.get(q.id);
        return [
          q.id,
          {
            dueToday: dueItem !== undefined,
            overdueDays: dueItem?.overdueDays ?? 0,
            practised: s !== undefined,
            latestRating: s?.latestRating ?? null,
          },
        ];
      }),
    );
  }

  function setSuspended(questionId: string, suspended: boolean): { suspended: string[] } {
    if (!library.questions.some((q) => q.id === questionId)) {
      throw new StudioError('not_found', 'That question is not in the question bank.');
    }
    return { suspended: deps.schedule.setSuspended(questionId, suspended) };
  }

  /**
   * Replays every question's ratings and counts the attempts ahead of the first request, so the
   * first visit to the due queue or the question list after start-up finds them ready.
   */
  function warm(): void {
    schedules.current(deps.attempts);
    questions();
  }

  return { summary, questions, due, standing, setSuspended, suspended: () => deps.schedule.suspended(), warm };
}
export type ProgressService = ReturnType<typeof createProgressService>;
