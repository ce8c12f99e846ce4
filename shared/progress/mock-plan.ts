import type { Category, Library } from '#shared/content/schema.js';

export type Stage = Category['interviewStage'];
/** The order a real interview runs in: warm-up, stories, the job itself, then the candidate's turn. */
export const STAGE_ORDER: readonly Stage[] = ['opening', 'behavioral', 'role', 'closing'];

/**
 * How many questions each stage gets: one opening and one closing question (two of each in long
 * sessions), and the middle shared between behavioral and role questions, behavioral first
 * because interviewers spend most of their time there. 6 → 1, 2, 2, 1.
 */
export function stageSlots(count: number): Record<Stage, number> {
  const opening = count >= 9 ? 2 : 1;
  const closing = count >= 2 ? (count >= 10 ? 2 : 1) : 0;
  const middle = Math.max(0, count - opening - closing);
  return { opening, behavioral: Math.ceil(middle / 2), role: Math.floor(middle / 2), closing };
}

/** What the planner knows about a question's standing. */
export type Standing = {
  dueToday: boolean;
  overdueDays: number;
  practised: boolean;
  latestRating: number | null;
};

export type MockPlanInput = {
  library: Library;
  count: number;
  standing: ReadonlyMap<string, Standing>;
  suspended: ReadonlySet<string>;
  /** In [0, 1); tests pass a seeded one so plans are repeatable. */
  random: () => number;
};

/** A realistic session ends with the candidate's questions, so that one goes last in its stage. */
export const CANDIDATE_QUESTIONS_ID = 'questions-for-us';

/** Due and weak questions first; untried ones next; a little chance so two sessions differ. */
export function questionScore(s: Standing | undefined, random: () => number): number {
  let score = random() * 0.75;
  if (!s || !s.practised) return score + 1.5;
  if (s.dueToday) score += 3 + Math.min(s.overdueDays, 7) * 0.1;
  if (s.latestRating === null) score += 2;
  else if (s.latestRating <= 2) score += 2;
  else if (s.latestRating === 3) score += 1;
  return score;
}

const WARM_UP_BONUS = 1;

/** Within a stage, a category already used costs this much, so the session covers more ground. */
const REPEAT_CATEGORY_PENALTY = 2.5;

/**
 * Picks `count` questions in interview order: stage by stage, the best-scoring question each time,
 * with a penalty for repeating a category. Suspended questions are used only when a stage has
 * nothing else. Returns fewer ids only when the library itself is that small.
 */
export function planMockInterview(input: MockPlanInput): string[] {
  const { library, random } = input;
  const slots = stageSlots(input.count);
  const stageOf = new Map(library.categories.map((c) => [c.id, c.interviewStage]));
  const plan: string[] = [];

  for (const stage of STAGE_ORDER) {
    const pool = library.questions.filter((q) => stageOf.get(q.categoryId) === stage);
    const active = pool.filter((q) => !input.suspended.has(q.id));
    const warmUp = stage === 'opening' ? library.categories.find((c) => c.interviewStage === 'opening')?.id : undefined;
    const candidates = (active.length >= slots[stage] ? active : pool).map((q) => ({
      id: q.id,
      categoryId: q.categoryId,
      // Interviews open with the warm-up questions ("tell me about yourself"), so the first
      // opening category gets a head start; a due or weak question elsewhere can still win.
      score: questionScore(input.standing.get(q.id), random) + (q.categoryId === warmUp ? WARM_UP_BONUS : 0),
    }));
    const usedCategories = new Map<string, number>();
    const picked: string[] = [];
    while (picked.length < slots[stage] && candidates.length > 0) {
      let best = 0;
      const value = (i: number) => candidates[i]!.score - REPEAT_CATEGORY_PENALTY * (usedCategories.get(candidates[i]!.categoryId) ?? 0);
      for (let i = 1; i < candidates.length; i++) if (value(i) > value(best)) best = i;
      const [chosen] = candidates.splice(best, 1);
      picked.push(chosen!.id);
      usedCategories.set(chosen!.categoryId, (usedCategories.get(chosen!.categoryId) ?? 0) + 1);
    }
    const last = picked.indexOf(CANDIDATE_QUESTIONS_ID);
    if (last >= 0) picked.push(...picked.splice(last, 1));
    plan.push(...picked);
  }
  return plan;
}
