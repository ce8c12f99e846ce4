import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openAttempts } from '#electron/services/attempts/attempts.js';
import { loadContentDir } from '#electron/services/library/library.js';
import { createNotices } from '#electron/services/storage/notices.js';
import { createProgressService } from '#electron/services/progress/progress-service.js';
import { createScheduleState, SCHEDULE_KEY } from '#electron/services/schedule/schedule-state.js';
import type { Library } from '#shared/content/schema.js';
import { repoRoot } from '#tests/support/browser-host-process.js';
import { makeAttempt } from '#tests/support/attempt-factory.js';
import { fixedClock, useTempDirs } from '#tests/support/temp-dir.js';
import { memoryStore } from './memory-store.js';

async function realLibrary(): Promise<Library> {
  const result = await loadContentDir(path.join(repoRoot, 'content'));
  if (!result.ok) throw new Error('content invalid');
  return result.library;
}

const review = (rating: number | null, marks: Record<string, 'met' | 'partly' | 'not_met'> = {}) => ({
  marks,
  criterionNotes: {},
  rating,
  nextTime: '',
});

describe('progress service', () => {
  const tempDir = useTempDirs();

  async function open(options: { newPerDay?: number; store?: ReturnType<typeof memoryStore> } = {}) {
    const clock = fixedClock('2026-11-27T15:00:00.000Z');
    const attempts = await openAttempts({ dataDir: tempDir(), clock, notices: createNotices(clock) });
    const store = options.store ?? memoryStore();
    const library = await realLibrary();
    const progress = createProgressService({
      attempts,
      library,
      schedule: createScheduleState(store),
      newQuestionsPerDay: () => options.newPerDay ?? 5,
      clock,
    });
    return { attempts, progress, store, clock, library };
  }

  it('summarises the bank with no answers yet', async () => {
    const { progress, library } = await open();
    const summary = progress.summary('Europe/Berlin');
    expect(summary.totals).toMatchObject({ attempts: 0, questionsPractised: 0, questionsTotal: library.questions.length });
    expect(summary.categories).toHaveLength(library.categories.length);
    expect(summary.criteria).toHaveLength(library.criteria.length);
    expect(progress.questions()).toEqual([]);
    const due = progress.due('Europe/Berlin');
    expect(due.items.map((i) => i.kind)).toEqual(['new', 'new', 'new', 'new', 'new']);
    expect(due.newWaiting).toBe(library.questions.length - 5);
  });

  it('recomputes when an answer is saved or reviewed, and not otherwise', async () => {
    const { attempts, progress } = await open();
    const first = progress.summary('UTC');
    expect(progress.summary('UTC')).toBe(first); // cached: same object
    const a = await attempts.create(makeAttempt({ questionId: 'upset-about-billing-error', createdAt: '2026-11-27T09:00:00.000Z' }));
    const second = progress.summary('UTC');
    expect(second).not.toBe(first);
    expect(second.totals.attempts).toBe(1);
    expect(progress.questions()).toEqual([
      expect.objectContaining({ questionId: 'upset-about-billing-error', attempts: 1, latestRating: null }),
    ]);
    await attempts.review(a.id, review(2, { empathy: 'met' }));
    const third = progress.summary('UTC');
    expect(third.totals.rated).toBe(1);
    expect(third.criteria.find((c) => c.criterionId === 'empathy')).toMatchObject({ met: 1, share: 1 });
    expect(progress.summary('America/New_York')).not.toBe(third); // another zone is another summary
  });

  it('schedules from ratings: a weak answer is due tomorrow, a strong one later', async () => {
    const { attempts, progress, clock } = await open({ newPerDay: 0 });
    const weak = await attempts.create(makeAttempt({ questionId: 'upset-about-billing-error', createdAt: '2026-11-27T14:00:00.000Z' }));
    const strong = await attempts.create(makeAttempt({ questionId: 'tell-me-about-yourself', createdAt: '2026-11-27T14:00:00.000Z' }));
    await attempts.review(weak.id, review(2));
    await attempts.review(strong.id, review(5));
    expect(progress.due('UTC').items).toEqual([]);
    clock.advance(24 * 3600_000);
    const tomorrow = progress.due('UTC');
    expect(tomorrow.items.map((i) => [i.questionId, i.kind, i.lastRating])).toEqual([['upset-about-billing-error', 'due', 2]]);
    expect(tomorrow.upcoming.map((u) => u.questionId)).toEqual(['tell-me-about-yourself']);
  });

  it('keeps suspensions in the store, and only for questions in the bank', async () => {
    const store = memoryStore();
    const { progress } = await open({ store, newPerDay: 1 });
    const firstNew = progress.due('UTC').items[0]!.questionId;
    expect(progress.setSuspended(firstNew, true)).toEqual({ suspended: [firstNew] });
    expect(store.data[SCHEDULE_KEY]).toEqual({ suspended: [firstNew] });
    expect(progress.due('UTC').items[0]!.questionId).not.toBe(firstNew);
    expect(progress.due('UTC').suspended).toEqual([firstNew]);
    expect(progress.setSuspended(firstNew, false)).toEqual({ suspended: [] });
    expect(() => progress.setSuspended('no-such-question', true)).toThrow(expect.objectContaining({ code: 'not_found' }));
  });

  it('reads a damaged schedule entry as nothing suspended', async () => {
    const { progress } = await open({ store: memoryStore({ [SCHEDULE_KEY]: { suspended: 'everything' } }) });
    expect(progress.due('UTC').suspended).toEqual([]);
  });

  it('tells the mock planner what is due, weak and untried', async () => {
    const { attempts, progress, clock } = await open();
    const a = await attempts.create(makeAttempt({ questionId: 'upset-about-billing-error', createdAt: '2026-11-25T14:00:00.000Z' }));
    await attempts.review(a.id, review(1));
    clock.advance(2 * 24 * 3600_000);
    const standing = progress.standing('UTC');
    expect(standing.get('upset-about-billing-error')).toEqual({ dueToday: true, overdueDays: 1, practised: true, latestRating: 1 });
    expect(standing.get('tell-me-about-yourself')).toEqual({ dueToday: false, overdueDays: 0, practised: false, latestRating: null });
  });
});
