import { describeError } from '#renderer/api/messages.js';
import type { SaveStatus } from '#renderer/lib/autosave/reviewSaver.js';

/** Quiet while things go well; a failed save is shown plainly and offers a retry. */
export function SaveStatusText({ status, onRetry, what = 'review' }: { status: SaveStatus; onRetry(): void; what?: string }) {
  if (status.state === 'error') {
    return (
      <p className="save-status save-status--error" role="alert">
        Your {what} could not be saved: {describeError(status.error)}{' '}
        <button type="button" className="button button--quiet" onClick={onRetry}>
          Try saving again
        </button>
      </p>
    );
  }
  const text = { idle: '', pending: 'Editing…', saving: 'Saving…', saved: 'Saved' }[status.state];
  return (
    <p className="save-status" role="status" aria-live="polite">
      {text}
    </p>
  );
}
