import { useCallback, useState } from 'react';
import type { LibraryQuestion } from '#shared/content/schema.js';

/** Which dialog is open: adding (in the category being shown, if one is), editing or deleting. */
export type Editing =
  | { kind: 'create'; categoryId: string }
  | { kind: 'edit'; question: LibraryQuestion }
  | { kind: 'delete'; question: LibraryQuestion; answers: number }
  | null;

/** What the last change did, for the line under the heading (and its "Practice it now"). */
export type Outcome =
  { kind: 'added' | 'saved'; question: LibraryQuestion } | { kind: 'deleted'; text: string; answersKept: number } | null;

export function useCustomQuestionEditor() {
  const [editing, setEditing] = useState<Editing>(null);
  const [outcome, setOutcome] = useState<Outcome>(null);
  const close = useCallback(() => setEditing(null), []);
  const finish = useCallback((done: Outcome) => {
    setEditing(null);
    setOutcome(done);
  }, []);
  return {
    editing,
    outcome,
    openCreate: (categoryId: string | null) => setEditing({ kind: 'create', categoryId: categoryId ?? '' }),
    openEdit: (question: LibraryQuestion) => setEditing({ kind: 'edit', question }),
    openDelete: (question: LibraryQuestion, answers: number) => setEditing({ kind: 'delete', question, answers }),
    close,
    finish,
    dismissOutcome: () => setOutcome(null),
  };
}
export type CustomQuestionEditor = ReturnType<typeof useCustomQuestionEditor>;
