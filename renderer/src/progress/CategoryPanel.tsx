import type { Library } from '#shared/content/schema.js';
import type { CategoryProgress } from '#shared/schemas/progress.js';
import { formatRating } from '#renderer/lib/format.js';

type Props = { library: Library; categories: readonly CategoryProgress[] };

/** Coverage of the bank per category, and where each category stands by its latest ratings. */
export function CategoryPanel({ library, categories }: Props) {
  return (
    <section className="card" aria-labelledby="categories-title">
      <h2 id="categories-title">Coverage by category</h2>
      <ul className="coverage-list">
        {categories.map((c) => {
          const label = library.categories.find((x) => x.id === c.categoryId)?.label ?? c.categoryId;
          return (
            <li key={c.categoryId} className="coverage-row">
              <span className="coverage-row__label">{label}</span>
              <progress
                className="coverage-row__bar"
                max={Math.max(1, c.questionsTotal)}
                value={c.questionsPractised}
                aria-label={`${label}: ${c.questionsPractised} of ${c.questionsTotal} questions practiced`}
              />
              <span className="coverage-row__count">
                {c.questionsPractised}/{c.questionsTotal}
              </span>
              <span
                className={`coverage-row__rating ${c.averageRating !== null && c.averageRating < 3 ? 'coverage-row__rating--weak' : ''}`}
              >
                {formatRating(c.averageRating)}
              </span>
            </li>
          );
        })}
      </ul>
      <p className="muted small">The rating is the average of each question’s latest rating.</p>
    </section>
  );
}
