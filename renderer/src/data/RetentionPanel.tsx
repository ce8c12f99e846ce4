import { useEffect, useState } from 'react';
import type { Settings, SettingsPatch } from '#shared/schemas/settings.js';
import { useClient } from '#renderer/api/ClientContext.js';
import { Dialog } from '#renderer/ui/Dialog.js';
import { errorText } from '#renderer/lib/errorText.js';
import { formatBytes } from '#renderer/lib/formatBytes.js';
import { plural, pluralWord } from '#renderer/lib/format.js';
import { focusOnMount } from '#renderer/lib/focusOnMount.js';

type Props = { settings: Settings; onSave(patch: SettingsPatch): Promise<Settings>; onChanged(): void };

const DEFAULT_DAYS = 90;

/**
 * Auto-delete recordings older than N days, keeping reviews and measurements. Turning it on
 * (or shortening it) deletes old audio at once, so the user is told how much first.
 */
export function RetentionPanel({ settings, onSave, onChanged }: Props) {
  const client = useClient();
  const [enabled, setEnabled] = useState(settings.retentionDays !== null);
  const [days, setDays] = useState(settings.retentionDays ?? DEFAULT_DAYS);
  const [confirming, setConfirming] = useState<{ recordingCount: number; bytes: number } | null>(null);
  const [status, setStatus] = useState<{ error: boolean; text: string } | null>(null);

  // Follow the saved value when it changes elsewhere (Delete everything resets it).
  useEffect(() => {
    setEnabled(settings.retentionDays !== null);
    setDays(settings.retentionDays ?? DEFAULT_DAYS);
  }, [settings.retentionDays]);

  const next = enabled ? days : null;
  const valid = next === null || (Number.isInteger(next) && next >= 1 && next <= 3650);
  const dirty = next !== settings.retentionDays;

  const save = async () => {
    setConfirming(null);
    try {
      await onSave({ retentionDays: next });
      setStatus({
        error: false,
        text:
          next === null
            ? 'Recordings are kept until you delete them.'
            : `Saved: recordings older than ${plural(next, 'day')} are deleted; reviews stay.`,
      });
      onChanged();
    } catch (e) {
      setStatus({ error: true, text: `Not saved: ${errorText(e)}` });
    }
  };

  const submit = async () => {
    if (next === null) return save();
    try {
      const preview = await client.storage.retentionPreview({ days: next });
      if (preview.recordingCount > 0) setConfirming(preview);
      else await save();
    } catch (e) {
      setStatus({ error: true, text: errorText(e) });
    }
  };

  return (
    <section className="card data-panel" aria-labelledby="retention-title">
      <h2 id="retention-title">Keep recordings for a while only</h2>
      <div className="field field--check">
        <input
          id="retention-on"
          type="checkbox"
          checked={enabled}
          onChange={(e) => setEnabled(e.target.checked)}
          aria-describedby="retention-hint"
        />
        <label htmlFor="retention-on">Delete recordings older than a number of days</label>
        <p id="retention-hint" className="field__hint">
          Your reviews, notes and measurements are kept; only the audio goes. Checked each time the app starts.
        </p>
      </div>
      {enabled && (
        <div className="field">
          <label className="field__label" htmlFor="retention-days">
            Delete recordings older than
          </label>
          <div className="field__row">
            <input
              id="retention-days"
              type="number"
              inputMode="numeric"
              min={1}
              max={3650}
              value={Number.isNaN(days) ? '' : days}
              onChange={(e) => setDays(e.target.valueAsNumber)}
            />
            <span className="field__unit">days</span>
          </div>
        </div>
      )}
      <div className="screen__actions">
        <button type="button" className="button button--primary" disabled={!dirty || !valid} onClick={() => void submit()}>
          Save retention
        </button>
        <p className={status?.error ? 'error-text' : 'save-status'} role={status?.error ? 'alert' : 'status'}>
          {!valid ? 'Choose from 1 to 3650 days.' : (status?.text ?? '')}
        </p>
      </div>
      <Dialog open={confirming !== null} title="Delete old recordings now?" onClose={() => setConfirming(null)}>
        {confirming && (
          <p>
            {plural(confirming.recordingCount, 'recording')} ({formatBytes(confirming.bytes)}){' '}
            {pluralWord(confirming.recordingCount, 'is', 'are')} older than {next === null ? '' : plural(next, 'day')} and will be deleted
            now. Their reviews stay.
          </p>
        )}
        <div className="dialog__actions">
          <button type="button" className="button button--danger" onClick={() => void save()}>
            Delete {plural(confirming?.recordingCount ?? 0, 'recording')}
          </button>
          <button type="button" className="button" ref={focusOnMount} onClick={() => setConfirming(null)}>
            Keep them
          </button>
        </div>
      </Dialog>
    </section>
  );
}
