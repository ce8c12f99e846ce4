import { useMemo, useState } from 'react';
import type { Library } from '../../../shared/content/schema.js';
import { useFocusOnMount } from '../app/useFocusOnMount.js';
import { CategoryFilter } from './CategoryFilter.js';
import { groupByCategory, type AttemptStats } from './groupQuestions.js';
import { QuestionRow } from './QuestionRow.js';

/** `stats` are per-question counts from main: the list never needs the attempts themselves. */
type Props = { library: Library; stats: ReadonlyMap<string, AttemptStats>; onPractise(questionId: string): void };

export function QuestionList({ library, stats, onPractise }: Props) {
  const [categoryId, setCategoryId] = useState<string | null>(null);
  const groups = useMemo(() => groupByCategory(library, categoryId), [library, categoryId]);
  const heading = useFocusOnMount<HTMLHeadingElement>();

  return (
    <div className="screen screen--questions">
      <div className="screen__intro">
        <h1 ref={heading} tabIndex={-1}>
          Practice questions
        </h1>
        <p className="muted">
          Pick a question. You will hear it, get time to think, then answer aloud while it records.
        </p>
      </div>
      <CategoryFilter categories={library.categories} selected={categoryId} onSelect={setCategoryId} />
      {groups.length === 0 && <p className="empty">No questions in the library yet.</p>}
      {groups.map(({ category, questions }) => (
        <section key={category.id} className="question-group" aria-labelledby={`cat-${category.id}`}>
          <h2 id={`cat-${category.id}`}>{category.label}</h2>
          <p className="question-group__description muted">{category.description}</p>
          <ul className="question-list">
            {questions.map((q) => (
              <li key={q.id}>
                <QuestionRow question={q} stats={stats.get(q.id)} onPractise={() => onPractise(q.id)} />
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
