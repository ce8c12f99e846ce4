import { useMemo, useState } from 'react';
import type { Library } from '#shared/content/schema.js';
import type { QuestionProgress } from '#shared/schemas/progress.js';
import { formatDateTime, formatRating } from '#renderer/lib/format.js';
import '#renderer/ui/charts.css';

type Props = {
  library: Library;
  questions: readonly QuestionProgress[];
  onPractice(questionId: string): void;
  onCompare(questionId: string): void;
};

type Filter = 'all' | 'practiced' | 'weak' | 'untried';
const FILTERS: ReadonlyArray<[Filter, string]> = [
  ['all', 'All'],
  ['practiced', 'Practiced'],
  ['weak', 'Weak (rated 1–2)'],
  ['untried', 'Not practiced yet'],
];

/** Every question of the bank with its figures, filterable; a row leads to practicing or comparing takes. */
export function QuestionTable({ library, questions, onPractice, onCompare }: Props) {
  const [filter, setFilter] = useState<Filter>('all');
  const stats = useMemo(() => new Map(questions.map((q) => [q.questionId, q])), [questions]);
  const rows = library.questions.filter((q) => {
    const s = stats.get(q.id);
    if (filter === 'practiced') return s !== undefined;
    if (filter === 'weak') return s?.latestRating != null && s.latestRating <= 2;
    if (filter === 'untried') return s === undefined;
    return true;
  });
  const categoryLabel = (id: string) => library.categories.find((c) => c.id === id)?.label ?? id;

  return (
    <section className="card" aria-labelledby="questions-title">
      <h2 id="questions-title">By question</h2>
      <div className="chips" role="group" aria-label="Show questions">
        {FILTERS.map(([id, label]) => (
          <button key={id} type="button" className="chip" aria-pressed={filter === id} onClick={() => setFilter(id)}>
            {label}
          </button>
        ))}
      </div>
      {rows.length === 0 ? (
        <p className="empty">No questions match.</p>
      ) : (
        <div className="table-scroll">
          <table className="data-table question-table">
            <caption className="visually-hidden">Your figures per question</caption>
            <thead>
              <tr>
                <th scope="col">Question</th>
                <th scope="col">Answers</th>
                <th scope="col">Latest</th>
                <th scope="col">Best</th>
                <th scope="col">Last practiced</th>
                <th scope="col">
                  <span className="visually-hidden">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((q) => {
                const s = stats.get(q.id);
                return (
                  <tr key={q.id}>
                    <th scope="row">
                      <span className="question-table__text">{q.text}</span>
                      <span className="question-table__category">{categoryLabel(q.categoryId)}</span>
                    </th>
                    <td>{s?.attempts ?? 0}</td>
                    <td>{s ? formatRating(s.latestRating) : '—'}</td>
                    <td>{s ? formatRating(s.bestRating) : '—'}</td>
                    <td>{s?.lastPractisedAt ? formatDateTime(s.lastPractisedAt) : 'never'}</td>
                    <td className="question-table__actions">
                      <button type="button" className="button button--small" onClick={() => onPractice(q.id)}>
                        Practice<span className="visually-hidden">: {q.text}</span>
                      </button>
                      {(s?.attempts ?? 0) >= 2 && (
                        <button type="button" className="button button--small button--quiet" onClick={() => onCompare(q.id)}>
                          Compare takes<span className="visually-hidden">: {q.text}</span>
                        </button>
                      )}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
