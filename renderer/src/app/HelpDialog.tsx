import { Dialog } from '#renderer/ui/Dialog.js';
import { SHORTCUTS } from '#renderer/lib/shortcuts.js';
import { focusOnMount } from '#renderer/lib/focusOnMount.js';

export function HelpDialog({ open, onClose }: { open: boolean; onClose(): void }) {
  return (
    <Dialog open={open} title="Keyboard shortcuts" onClose={onClose} className="dialog--help">
      <p className="muted">Shortcuts work when you are not typing in a field.</p>
      <dl className="shortcut-list">
        {SHORTCUTS.map((s) => (
          <div key={s.action} className="shortcut-list__row">
            <dt>
              {s.keys.map((k, i) => (
                <kbd key={i}>{k}</kbd>
              ))}
            </dt>
            <dd>{s.action}</dd>
          </div>
        ))}
      </dl>
      <div className="dialog__actions">
        <button type="button" className="button button--primary" onClick={onClose} ref={focusOnMount}>
          Close
        </button>
      </div>
    </Dialog>
  );
}
