import { useEffect, useRef } from 'react';
import type { Attempt } from '#shared/schemas/attempt.js';
import { formatDateTime } from '#renderer/lib/format.js';
import { TAKES_HEADING_ID } from '#renderer/replay/index.js';

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
  const notice = pending ?? failed;
  const hadNotice = useRef(false);
  useEffect(() => {
    // The notice's button had the focus and went with it (Undo pressed, the window closed, OK): the
    // focus would fall to the page, so a keyboard user would start again from the top.
    const lostFocus = document.activeElement === null || document.activeElement === document.body;
    if (hadNotice.current && notice === null && lostFocus) document.getElementById(TAKES_HEADING_ID)?.focus();
    hadNotice.current = notice !== null;
  }, [notice]);
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
