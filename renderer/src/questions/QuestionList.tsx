import { Suspense, useMemo, useState } from 'react';
import type { Library } from '#shared/content/schema.js';
import { CustomQuestionDialogs } from '#renderer/app/index.js';
import { useFocusOnMount } from '#renderer/lib/useFocusOnMount.js';
import { CategoryFilter } from './CategoryFilter.js';
import { CustomQuestionActions } from './custom/CustomQuestionActions.js';
import { OutcomeLine } from './custom/OutcomeLine.js';
import { useCustomQuestionEditor } from './custom/useCustomQuestionEditor.js';
import { groupByCategory, type AttemptStats } from './groupQuestions.js';
import { QuestionRow } from './QuestionRow.js';

/** `stats` are per-question counts from main: the list never needs the attempts themselves. */
type Props = {
  library: Library;
  stats: ReadonlyMap<string, AttemptStats>;
  onPractise(questionId: string): void;
  /** Loads the library again after the user added, edited or deleted one of their own questions. */
  onLibraryChanged(): Promise<void>;
};

export function QuestionList({ library, stats, onPractise, onLibraryChanged }: Props) {
  const [categoryId, setCategoryId] = useState<string | null>(null);
  const groups = useMemo(() => groupByCategory(library, categoryId), [library, categoryId]);
  const heading = useFocusOnMount<HTMLHeadingElement>();
  const custom = useCustomQuestionEditor();

  return (
    <div className="screen screen--questions">
      <div className="screen__intro questions-heading">
        <div>
          <h1 ref={heading} tabIndex={-1}>
            Practice questions
          </h1>
          <p className="muted">Pick a question. You will hear it, get time to think, then answer aloud while it records.</p>
        </div>
        <button type="button" className="button" onClick={() => custom.openCreate(categoryId)}>
          Add your own question
        </button>
      </div>
      <OutcomeLine outcome={custom.outcome} onPractise={onPractise} onDismiss={custom.dismissOutcome} />
      <CategoryFilter categories={library.categories} selected={categoryId} onSelect={setCategoryId} />
      {groups.length === 0 && <p className="empty">No questions in the library yet.</p>}
      {groups.map(({ category, questions }) => (
        <section key={category.id} className="question-group" aria-labelledby={`cat-${category.id}`}>
          <h2 id={`cat-${category.id}`}>{category.label}</h2>
          <p className="question-group__description muted">{category.description}</p>
          <ul className="question-list">
            {questions.map((q) => (
              <li key={q.id} className={q.custom ? 'question-item' : undefined}>
                <QuestionRow question={q} stats={stats.get(q.id)} onPractise={() => onPractise(q.id)} />
                {q.custom && (
                  <CustomQuestionActions
                    question={q}
                    onEdit={() => custom.openEdit(q)}
                    onDelete={() => custom.openDelete(q, stats.get(q.id)?.count ?? 0)}
                  />
                )}
              </li>
            ))}
          </ul>
        </section>
      ))}
      {/* The dialogs (and the form's validation) are their own chunk, fetched when one opens or at idle. */}
      {custom.editing && (
        <Suspense fallback={null}>
          <CustomQuestionDialogs editor={custom} library={library} onChanged={onLibraryChanged} />
        </Suspense>
      )}
    </div>
  );
}
