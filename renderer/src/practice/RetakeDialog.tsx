import { useState } from 'react';
import { Dialog } from '#renderer/ui/Dialog.js';
import { focusOnMount } from '#renderer/lib/focusOnMount.js';

type Props = { open: boolean; onChoose(keepEarlier: boolean): Promise<void>; onCancel(): void };

export function RetakeDialog({ open, onChoose, onCancel }: Props) {
  const [busy, setBusy] = useState(false);
  const choose = async (keep: boolean) => {
    setBusy(true);
    try {
      await onChoose(keep);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Dialog open={open} title="Record another take?" onClose={onCancel}>
      <p>Keep the take you just reviewed to compare later, or delete it and its review.</p>
      <div className="dialog__actions">
        <button type="button" className="button button--primary" disabled={busy} onClick={() => void choose(true)} ref={focusOnMount}>
          Keep it and retake
        </button>
        <button type="button" className="button button--danger" disabled={busy} onClick={() => void choose(false)}>
          Delete it and retake
        </button>
        <button type="button" className="button button--quiet" disabled={busy} onClick={onCancel}>
          Cancel
        </button>
      </div>
    </Dialog>
  );
}
