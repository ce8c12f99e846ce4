import { describe, expect, it } from 'vitest';
import { planMockInterview, stageSlots, STAGE_ORDER, type Standing } from '#shared/progress/mock-plan.js';
import { library } from './library-fixture.js';

/** A small seeded generator (mulberry32), so plans are repeatable. */
function seeded(seed: number) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const stageOf = (questionId: string) => {
  const q = library.questions.find((x) => x.id === questionId)!;
  return library.categories.find((c) => c.id === q.categoryId)!.interviewStage;
};
const categoryOf = (questionId: string) => library.questions.find((x) => x.id === questionId)!.categoryId;

const plan = (standing: Record<string, Standing> = {}, count = 6, seed = 1, suspended: string[] = []) =>
  planMockInterview({ library, count, standing: new Map(Object.entries(standing)), suspended: new Set(suspended), random: seeded(seed) });

describe('mock interview plan', () => {
  it('splits a session into stages, behavioral first in the middle', () => {
    expect(stageSlots(6)).toEqual({ opening: 1, behavioral: 2, role: 2, closing: 1 });
    expect(stageSlots(3)).toEqual({ opening: 1, behavioral: 1, role: 0, closing: 1 });
    expect(stageSlots(12)).toEqual({ opening: 2, behavioral: 4, role: 4, closing: 2 });
  });

  it('runs in interview order: opening first, closing last', () => {
    for (let seed = 1; seed <= 20; seed++) {
      const ids = plan({}, 6, seed);
      expect(ids).toHaveLength(6);
      expect(new Set(ids).size).toBe(6);
      const stages = ids.map(stageOf);
      expect(stages).toEqual([...stages].sort((a, b) => STAGE_ORDER.indexOf(a) - STAGE_ORDER.indexOf(b)));
      expect(stages[0]).toBe('opening');
      expect(stages.at(-1)).toBe('closing');
    }
  });

  it('opens with a warm-up question unless something elsewhere is due', () => {
    for (let seed = 1; seed <= 20; seed++) expect(categoryOf(plan({}, 6, seed)[0]!)).toBe('opening');
    const due: Standing = { dueToday: true, overdueDays: 2, practised: true, latestRating: 1 };
    expect(plan({ 'why-us': due }, 6, 1)[0]).toBe('why-us');
  });

  it('varies the categories within a stage', () => {
    for (let seed = 1; seed <= 20; seed++) {
      const behavioral = plan({}, 6, seed).filter((id) => stageOf(id) === 'behavioral');
      expect(new Set(behavioral.map(categoryOf)).size).toBe(2);
    }
  });

  it('prefers due and weak questions over strong ones', () => {
    const strong: Standing = { dueToday: false, overdueDays: 0, practised: true, latestRating: 5 };
    const standing: Record<string, Standing> = Object.fromEntries(library.questions.map((q) => [q.id, strong]));
    standing['prior-auth'] = { dueToday: true, overdueDays: 3, practised: true, latestRating: 2 };
    standing['angry-caller'] = { dueToday: false, overdueDays: 0, practised: true, latestRating: 1 };
    for (let seed = 1; seed <= 10; seed++) {
      const ids = plan(standing, 6, seed);
      expect(ids).toContain('prior-auth');
      expect(ids).toContain('angry-caller');
    }
  });

  it('puts the candidate’s own questions last when chosen, and skips suspended questions', () => {
    const weak: Standing = { dueToday: true, overdueDays: 5, practised: true, latestRating: 1 };
    const ids = plan({ 'questions-for-us': weak, 'why-hire-you': weak }, 12, 3);
    expect(ids.slice(-2)).toEqual(['why-hire-you', 'questions-for-us']);
    const without = plan({}, 6, 3, ['questions-for-us']);
    expect(without.at(-1)).toBe('why-hire-you');
  });
});
