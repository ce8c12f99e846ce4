import { useEffect, useRef, useState } from 'react';
import type { LibraryQuestion } from '#shared/content/schema.js';
import { DELETED_QUESTION_LABEL } from '#shared/schemas/questions.js';
import { Dialog } from '#renderer/ui/Dialog.js';

type Props = {
  question: LibraryQuestion;
  /** Answers recorded to it: they stay, and the confirmation says so. */
  answers: number;
  onConfirm(): Promise<void>;
  onCancel(): void;
  describeError(error: unknown): string;
};

const answersText = (n: number) => `${n} ${n === 1 ? 'answer' : 'answers'}`;

export function DeleteQuestionDialog({ question, answers, onConfirm, onCancel, describeError }: Props) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const keep = useRef<HTMLButtonElement>(null);
  // The safe choice has focus, so Enter never deletes by accident. After the frame in which
  // showModal() ran: it focuses the dialog's first button, and this must come later.
  useEffect(() => {
    const frame = requestAnimationFrame(() => keep.current?.focus());
    return () => cancelAnimationFrame(frame);
  }, []);
  const confirm = async () => {
    setBusy(true);
    setError(null);
    try {
      await onConfirm();
    } catch (e) {
      setError(describeError(e));
      setBusy(false);
    }
  };
  return (
    <Dialog open title="Delete this question?" onClose={onCancel}>
      <p className="delete-question__text">“{question.text}”</p>
      {answers > 0 ? (
        <p>
          Your {answersText(answers)} to it will be kept: {answers === 1 ? 'it stays' : 'they stay'} in your history, progress and exports,
          shown as “{DELETED_QUESTION_LABEL}”. You can remove {answers === 1 ? 'it' : 'them'} later under Your data.
        </p>
      ) : (
        <p>You have not answered it yet, so nothing else changes.</p>
      )}
      {error && (
        <p className="error-text" role="alert">
          {error}
        </p>
      )}
      <div className="dialog__actions">
        <button type="button" className="button button--danger" disabled={busy} onClick={() => void confirm()}>
          {busy ? 'Deleting…' : 'Delete question'}
        </button>
        <button ref={keep} type="button" className="button button--quiet" onClick={onCancel}>
          Keep it
        </button>
      </div>
    </Dialog>
  );
}
