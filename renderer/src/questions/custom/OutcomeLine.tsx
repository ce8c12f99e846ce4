import { useEffect, useRef } from 'react';
import type { Outcome } from './useCustomQuestionEditor.js';

type Props = { outcome: Outcome; onPractice(questionId: string): void; onDismiss(): void };

/**
 * Says what the last change did. After adding, "Practice it now" takes focus (the dialog that had
 * it is gone), so the next Enter starts practicing the new question.
 */
export function OutcomeLine({ outcome, onPractice, onDismiss }: Props) {
  const practiceButton = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (outcome?.kind === 'added') practiceButton.current?.focus();
  }, [outcome]);
  if (!outcome) return null;

  const message =
    outcome.kind === 'deleted'
      ? `Deleted “${outcome.text}”.${outcome.answersKept ? ` Your ${outcome.answersKept} ${outcome.answersKept === 1 ? 'answer to it was' : 'answers to it were'} kept.` : ''}`
      : outcome.kind === 'added'
        ? `Added “${outcome.question.text}” to your questions.`
        : `Saved your changes to “${outcome.question.text}”.`;
  return (
    <div className="outcome-line" role="status">
      <p>{message}</p>
      {outcome.kind !== 'deleted' && (
        <button
          ref={practiceButton}
          type="button"
          className="button button--primary button--small"
          onClick={() => onPractice(outcome.question.id)}
        >
          Practice it now
        </button>
      )}
      <button type="button" className="button button--quiet button--small" onClick={onDismiss}>
        Dismiss
      </button>
    </div>
  );
}
