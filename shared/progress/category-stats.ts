import type { Library } from '#shared/content/schema.js';
import type { CategoryProgress, QuestionProgress } from '#shared/schemas/progress.js';

/**
 * Coverage and standing per category, from the per-question figures. A category's rating is the
 * mean of its questions' latest ratings: where the user stands now, not the average of every
 * early stumble.
 */
export function categoryStats(library: Library, questions: ReadonlyMap<string, QuestionProgress>): CategoryProgress[] {
  return library.categories.map((category) => {
    let questionsTotal = 0;
    let questionsPractised = 0;
    let attempts = 0;
    let ratingSum = 0;
    let ratedQuestions = 0;
    for (const q of library.questions) {
      if (q.categoryId !== category.id) continue;
      questionsTotal++;
      const s = questions.get(q.id);
      if (!s) continue;
      questionsPractised++;
      attempts += s.attempts;
      if (s.latestRating !== null) {
        ratingSum += s.latestRating;
        ratedQuestions++;
      }
    }
    return {
      categoryId: category.id,
      questionsTotal,
      questionsPractised,
      attempts,
      averageRating: ratedQuestions > 0 ? ratingSum / ratedQuestions : null,
      ratedQuestions,
    };
  });
}
