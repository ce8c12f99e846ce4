import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadContentDir } from '#electron/services/library/library.js';
import type { Attempt } from '#shared/schemas/attempt.js';
import type { DueQueue } from '#shared/schemas/schedule.js';
import type { MockSession } from '#shared/schemas/mock.js';
import type { ProgressSummary, QuestionProgress } from '#shared/schemas/progress.js';
import { repoRoot } from '#tests/support/browser-host-process.js';
import { writeBulkAttempts } from '#tests/support/bulk-attempts.js';
import { openTestStudio } from '#tests/support/studio.js';
import { fixedClock, useTempDirs } from '#tests/support/temp-dir.js';

const value = <T>(result: unknown): T => {
  expect(result).toMatchObject({ ok: true });
  return (result as { value: T }).value;
};

// Correctness at the size the issue names; how fast it is belongs to the benchmark.
describe('progress with 10,000 attempts, through the real services', () => {
  const tempDir = useTempDirs();

  it('opens the summary, the question counts, the due queue and a mock plan with the right figures', async () => {
    const content = await loadContentDir(path.join(repoRoot, 'content'));
    if (!content.ok) throw new Error('content invalid');
    const dir = tempDir();
    const now = '2026-11-27T18:00:00.000Z';
    const tally = writeBulkAttempts(dir, { count: 10_000, questions: content.library.questions, end: new Date(now), days: 300 });

    const studio = await openTestStudio(dir, fixedClock(now));
    try {
      const summary = value<ProgressSummary>(await studio.dispatch('progress:summary', { timeZone: 'America/New_York' }));
      expect(summary.totals).toMatchObject({
        attempts: 10_000,
        rated: tally.rated,
        measured: tally.measured,
        questionsTotal: content.library.questions.length,
      });
      expect(summary.totals.questionsPractised).toBe(tally.perQuestion.size);
      expect(summary.questions.reduce((n, q) => n + q.attempts, 0)).toBe(10_000);
      expect(summary.categories.reduce((n, c) => n + c.attempts, 0)).toBe(10_000);
      expect(summary.calendar.days.reduce((n, d) => n + d.answers, 0)).toBeGreaterThan(0);
      expect(summary.calendar.currentStreak).toBeGreaterThan(100); // ~33 answers a day for 300 days
      expect(summary.measurements.reduce((n, d) => n + d.answers, 0)).toBe(tally.measured);
      for (const criterion of summary.criteria) {
        const marked = criterion.met + criterion.partly + criterion.notMet;
        expect(criterion.trend.reduce((n, w) => n + w.met + w.partly + w.notMet, 0)).toBe(marked);
      }
      expect(summary.readiness).toMatch(/\.$/);

      const questions = value<QuestionProgress[]>(await studio.dispatch('progress:questions', {}));
      for (const q of questions) expect(q.attempts).toBe(tally.perQuestion.get(q.questionId));

      const due = value<DueQueue>(await studio.dispatch('schedule:due', { timeZone: 'America/New_York' }));
      expect(due.today).toBe('2026-11-27');
      expect(due.items.every((i) => i.kind === 'due')).toBe(true); // every question has ratings by now
      expect(due.items.length + due.upcoming.length).toBeGreaterThan(0);

      const session = value<MockSession>(await studio.dispatch('mock:start', { questionCount: 6, timeZone: 'America/New_York' }));
      expect(session.questionIds).toHaveLength(6);

      // One question's attempts, the way the practice screen opens them.
      const [firstId, firstCount] = [...tally.perQuestion.entries()][0]!;
      const list = value<Attempt[]>(await studio.dispatch('attempts:list', { questionId: firstId }));
      expect(list).toHaveLength(firstCount);
    } finally {
      await studio.close();
    }
  });
});
