import type { Library } from '#shared/content/schema.js';
import type { Settings, SettingsPatch } from '#shared/schemas/settings.js';
import { useClient } from '#renderer/api/ClientContext.js';
import { DataScreen } from '#renderer/data/DataScreen.js';
import { useRemote } from '#renderer/lib/useRemote.js';

type Props = {
  library: Library;
  settings: Settings;
  onSaveSettings(patch: SettingsPatch): Promise<Settings>;
  /** Told when answers were imported or deleted, so counts elsewhere refresh. */
  onChanged(): void;
};

/**
 * "Your data" with the attempts it lists questions from. They are loaded when this screen opens,
 * not at start-up, so only a visit here pays for a long history.
 */
export function DataRoute({ library, settings, onSaveSettings, onChanged }: Props) {
  const client = useClient();
  const attempts = useRemote(() => client.attempts.list({}), [client]);
  if (!attempts.data && !attempts.error) {
    return (
      <div className="screen" aria-busy="true">
        <p className="muted">Loading…</p>
      </div>
    );
  }
  return (
    <DataScreen
      library={library}
      attempts={attempts.data ?? []}
      settings={settings}
      onSaveSettings={onSaveSettings}
      onAttemptsChanged={() => {
        attempts.reload();
        onChanged();
      }}
    />
  );
}
