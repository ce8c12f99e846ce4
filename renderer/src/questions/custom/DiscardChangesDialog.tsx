import { useEffect, useRef } from 'react';
import { Dialog } from '#renderer/ui/Dialog.js';

type Props = { onKeepEditing(): void; onDiscard(): void };

/**
 * Asked when the question form is closed (Esc, Cancel) with edits in it: typing a question
 * from a job posting takes a while, and one stray Esc must not throw it away. It opens as a
 * second modal above the form, so Esc here only closes this question and returns to the form.
 */
export function DiscardChangesDialog({ onKeepEditing, onDiscard }: Props) {
  const keep = useRef<HTMLButtonElement>(null);
  // The safe choice has focus (after the frame in which showModal() focused the first button).
  useEffect(() => {
    const frame = requestAnimationFrame(() => keep.current?.focus());
    return () => cancelAnimationFrame(frame);
  }, []);
  return (
    <Dialog open title="Discard your changes?" onClose={onKeepEditing}>
      <p>What you have typed in this question has not been saved.</p>
      <div className="dialog__actions">
        <button type="button" className="button button--danger" onClick={onDiscard}>
          Discard changes
        </button>
        <button ref={keep} type="button" className="button button--primary" onClick={onKeepEditing}>
          Keep editing
        </button>
      </div>
    </Dialog>
  );
}
