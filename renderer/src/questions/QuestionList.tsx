import { Suspense, useMemo, useRef, useState } from 'react';
import type { Library } from '#shared/content/schema.js';
import { CustomQuestionDialogs } from '#renderer/app/index.js';
import { useFocusOnMount } from '#renderer/lib/useFocusOnMount.js';
import { plural } from '#renderer/lib/format.js';
import { useShortcuts } from '#renderer/lib/shortcuts.js';
import { CategoryFilter } from './CategoryFilter.js';
import { CustomQuestionActions } from './custom/CustomQuestionActions.js';
import { OutcomeLine } from './custom/OutcomeLine.js';
import { useCustomQuestionEditor } from './custom/useCustomQuestionEditor.js';
import { groupByCategory, type AttemptStats } from './groupQuestions.js';
import { QuestionRow } from './QuestionRow.js';
import { QUESTION_SEARCH_ID, searchQuestions } from './searchQuestions.js';
// The list's heading and rows use these from the first paint, before any dialog's code is loaded.
import './custom/custom.css';

/** `stats` are per-question counts from main: the list never needs the attempts themselves. */
type Props = {
  library: Library;
  stats: ReadonlyMap<string, AttemptStats>;
  onPractice(questionId: string): void;
  /** Loads the library again after the user added, edited or deleted one of their own questions. */
  onLibraryChanged(): Promise<void>;
};

export function QuestionList({ library, stats, onPractice, onLibraryChanged }: Props) {
  const [categoryId, setCategoryId] = useState<string | null>(null);
  const [query, setQuery] = useState('');
  const groups = useMemo(() => searchQuestions(groupByCategory(library, categoryId), query), [library, categoryId, query]);
  const shown = groups.reduce((n, g) => n + g.questions.length, 0);
  const search = useRef<HTMLInputElement>(null);
  useShortcuts((event) => {
    if (event.key !== '/') return false;
    search.current?.focus();
    return true;
  });
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
      <OutcomeLine outcome={custom.outcome} onPractice={onPractice} onDismiss={custom.dismissOutcome} />
      <div className="question-search" role="search">
        <label htmlFor={QUESTION_SEARCH_ID}>Search questions</label>
        <input
          id={QUESTION_SEARCH_ID}
          ref={search}
          type="search"
          value={query}
          aria-keyshortcuts="/"
          aria-describedby="question-search-hint"
          onChange={(e) => setQuery(e.target.value)}
        />
        <span id="question-search-hint" className="field__hint">
          Words from the question, its category or its hints. Press <kbd>/</kbd> to search from anywhere in the list.
        </span>
      </div>
      <CategoryFilter categories={library.categories} selected={categoryId} onSelect={setCategoryId} />
      <p className="visually-hidden" role="status">
        {query.trim() ? `${plural(shown, 'question')} ${shown === 1 ? 'matches' : 'match'}.` : ''}
      </p>
      {groups.length === 0 && (
        <p className="empty">
          {query.trim()
            ? `No question matches “${query.trim()}”${categoryId ? ' in this category' : ''}.`
            : categoryId
              ? 'No questions in this category yet.'
              : 'No questions in the library yet.'}
        </p>
      )}
      {groups.map(({ category, questions }) => (
        <section key={category.id} className="question-group" aria-labelledby={`cat-${category.id}`}>
          <h2 id={`cat-${category.id}`}>{category.label}</h2>
          <p className="question-group__description muted">{category.description}</p>
          <ul className="question-list">
            {questions.map((q) => (
              <li key={q.id} className={q.custom ? 'question-item' : undefined}>
                <QuestionRow question={q} stats={stats.get(q.id)} onPractice={() => onPractice(q.id)} />
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
