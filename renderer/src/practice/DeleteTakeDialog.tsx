import { useState } from 'react';
import type { Attempt } from '#shared/schemas/attempt.js';
import { formatSpoken } from '#renderer/lib/answerBand.js';
import { formatDateTime, formatRating } from '#renderer/lib/format.js';
import { focusOnMount } from '#renderer/lib/focusOnMount.js';
import { Dialog } from '#renderer/ui/Dialog.js';

type Props = {
  /** The take to delete; null when nothing is being asked. */
  attempt: Attempt | null;
  onConfirm(attempt: Attempt): Promise<void>;
  onCancel(): void;
};

/** Names the take before it goes, with its audio and review; nothing is deleted without this. */
export function DeleteTakeDialog({ attempt, onConfirm, onCancel }: Props) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const confirm = async (take: Attempt) => {
    setBusy(true);
    setError(null);
    try {
      await onConfirm(take);
    } catch {
      setError('The take could not be deleted. It is still there; try again.');
    } finally {
      setBusy(false);
    }
  };
  return (
    <Dialog open={attempt !== null} title="Delete this take?" onClose={onCancel}>
      {attempt && (
        <>
          <p>
            Your take of <strong>{formatDateTime(attempt.createdAt)}</strong> ({formatSpoken(attempt.durationMs)}
            {attempt.review.rating !== null && `, rated ${formatRating(attempt.review.rating)}`}) will be deleted with its recording and its
            review. You can undo it for a few seconds.
          </p>
          {error && (
            <p className="notice notice--warning" role="alert">
              {error}
            </p>
          )}
          <div className="dialog__actions">
            {/* First, so the dialog opens on the safe choice: showModal focuses the first control. */}
            <button type="button" className="button" disabled={busy} onClick={onCancel} ref={focusOnMount}>
              Keep it
            </button>
            <button type="button" className="button button--danger" disabled={busy} onClick={() => void confirm(attempt)}>
              Delete the take
            </button>
          </div>
        </>
      )}
    </Dialog>
  );
}
