import type { Category, Library, LibraryQuestion } from '#shared/content/schema.js';
import type { Attempt } from '#shared/schemas/attempt.js';

export type QuestionGroup = { category: Category; questions: LibraryQuestion[] };

/** Questions under their categories, in the library's own order; empty categories are left out. */
export function groupByCategory(library: Library, categoryId: string | null): QuestionGroup[] {
  return library.categories
    .filter((c) => categoryId === null || c.id === categoryId)
    .map((category) => ({ category, questions: library.questions.filter((q) => q.categoryId === category.id) }))
    .filter((g) => g.questions.length > 0);
}

export type AttemptStats = { count: number; lastAt: string | null };

/** One pass over all attempts, so the list costs O(attempts) however many questions there are. */
export function attemptStatsByQuestion(attempts: readonly Attempt[]): Map<string, AttemptStats> {
  const stats = new Map<string, AttemptStats>();
  for (const a of attempts) {
    const s = stats.get(a.questionId) ?? { count: 0, lastAt: null };
    s.count++;
    if (s.lastAt === null || a.createdAt > s.lastAt) s.lastAt = a.createdAt;
    stats.set(a.questionId, s);
  }
  return stats;
}
