import { useState, type KeyboardEvent } from 'react';
import { Dialog } from '#renderer/ui/Dialog.js';
import { focusOnMount } from '#renderer/lib/focusOnMount.js';

const WORDS = ['', 'Needs a lot of work', 'Weak', 'Fair', 'Good', 'Excellent'];

type Props = {
  open: boolean;
  /** Saves the rating; a rejection is shown in the dialog and the person may try again or skip. */
  onRate(rating: number): Promise<void>;
  onSkip(): void;
  onCancel(): void;
};

/**
 * Asked when a Due today run moves on from an answer with no rating: the rating is what schedules
 * the question, so one key press (1–5) gives it; S skips, and the run notes what was skipped.
 */
export function RateBeforeMovingOn({ open, onRate, onSkip, onCancel }: Props) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const rate = async (rating: number) => {
    setBusy(true);
    setError(null);
    try {
      await onRate(rating);
    } catch {
      setError('Your rating could not be saved. Try again, or skip it for now.');
    } finally {
      setBusy(false);
    }
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (busy || event.ctrlKey || event.altKey || event.metaKey) return;
    if (/^[1-5]$/.test(event.key)) {
      event.preventDefault();
      void rate(Number(event.key));
    } else if (event.key === 's' || event.key === 'S') {
      event.preventDefault();
      onSkip();
    }
  };
  return (
    <Dialog open={open} title="Rate this answer before moving on?" onClose={onCancel} className="dialog--rate">
      {/* The keys belong to the whole dialog, wherever focus is inside it. */}
      {/* eslint-disable-next-line jsx-a11y/no-static-element-interactions -- keyboard shortcuts for the buttons below, which remain the accessible controls */}
      <div onKeyDown={onKeyDown}>
        <p>Your rating decides when this question comes back. Press 1 to 5, or S to skip.</p>
        <div className="rate-now" role="group" aria-label="Rating, 1 to 5">
          {[1, 2, 3, 4, 5].map((n) => (
            <button
              key={n}
              type="button"
              className="button rate-now__option"
              disabled={busy}
              onClick={() => void rate(n)}
              aria-keyshortcuts={String(n)}
              ref={n === 1 ? focusOnMount : undefined}
            >
              <span className="rate-now__number">{n}</span> {WORDS[n]}
            </button>
          ))}
        </div>
        {error && (
          <p className="notice notice--warning" role="alert">
            {error}
          </p>
        )}
        <div className="dialog__actions">
          <button type="button" className="button button--quiet" disabled={busy} onClick={onSkip} aria-keyshortcuts="S">
            Skip rating
          </button>
          <button type="button" className="button button--quiet" disabled={busy} onClick={onCancel}>
            Stay on this question
          </button>
        </div>
      </div>
    </Dialog>
  );
}
