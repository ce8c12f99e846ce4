import { useEffect, useRef } from 'react';
import type { Attempt } from '#shared/schemas/attempt.js';
import { formatDateTime } from '#renderer/lib/format.js';

type Props = { pending: Attempt | null; failed: Attempt | null; onUndo(): void; onDismiss(): void };

/**
 * Under the take list: "Deleted the take of …" with Undo while the undo window is open (focus goes
 * to Undo, so Enter brings it back), or why a take came back when its deletion failed. The status
 * region is always there, so screen readers announce what appears in it.
 */
export function UndoDelete({ pending, failed, onUndo, onDismiss }: Props) {
  const undoButton = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    // After this commit's other effects: closing the confirmation dialog puts focus back where it
    // was opened from (a take now hidden), which would otherwise win over this.
    if (pending) queueMicrotask(() => undoButton.current?.focus());
  }, [pending]);
  return (
    <div className="undo-delete" role="status">
      {pending && (
        <div className="notice undo-delete__notice">
          <p>Deleted the take of {formatDateTime(pending.createdAt)}.</p>
          <button type="button" className="button button--small" ref={undoButton} onClick={onUndo}>
            Undo
          </button>
        </div>
      )}
      {!pending && failed && (
        <div className="notice notice--warning undo-delete__notice">
          <p>The take of {formatDateTime(failed.createdAt)} could not be deleted. It is still there; try again.</p>
          <button type="button" className="button button--small button--quiet" onClick={onDismiss}>
            OK
          </button>
        </div>
      )}
    </div>
  );
}
