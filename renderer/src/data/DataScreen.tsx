import type { Library } from '#shared/content/schema.js';
import type { Attempt } from '#shared/schemas/attempt.js';
import type { Settings, SettingsPatch } from '#shared/schemas/settings.js';
import { useFocusOnMount } from '#renderer/lib/useFocusOnMount.js';
import { DeletePanel } from './DeletePanel.js';
import { ExportPanel } from '#renderer/exports/index.js';
import { ImportPanel } from '#renderer/imports/index.js';
import { questionsWithAnswers } from '#renderer/lib/questionOptions.js';
import { RetentionPanel } from './RetentionPanel.js';
import { StoragePanel } from './StoragePanel.js';
import { useStorageInfo } from './useStorageInfo.js';
import './data.css';

export type DataScreenProps = {
  library: Library;
  attempts: Attempt[];
  settings: Settings;
  /** Saves a settings patch and answers the settings after it (App's updateSettings). */
  onSaveSettings(patch: SettingsPatch): Promise<Settings>;
  /** Answers were added, changed or deleted here: reload the list (App's refreshAttempts). */
  onAttemptsChanged(): void | Promise<void>;
};

/**
 * "Your data": where everything is kept and how big it is, export, import, retention and
 * delete. Everything it does goes through main; nothing here touches the disk.
 */
export function DataScreen({ library, attempts, settings, onSaveSettings, onAttemptsChanged }: DataScreenProps) {
  const heading = useFocusOnMount<HTMLHeadingElement>();
  const storage = useStorageInfo();
  const questions = questionsWithAnswers(library, attempts);
  const changed = () => {
    void storage.refresh();
    void onAttemptsChanged();
  };

  return (
    <div className="screen screen--narrow data-screen">
      <h1 ref={heading} tabIndex={-1}>
        Your data
      </h1>
      <p className="screen__intro">Everything you record stays on this computer. Take it with you, bring it back, or erase it.</p>
      <StoragePanel info={storage.info} error={storage.error} onChanged={() => void storage.refresh()} />
      <ExportPanel questions={questions} onFinished={() => void storage.refresh()} />
      <ImportPanel
        onImported={(result) => {
          changed();
          // Imported settings changed main's copy: an empty patch fetches them back.
          if (result.settingsApplied) void onSaveSettings({});
        }}
      />
      <RetentionPanel settings={settings} onSave={onSaveSettings} onChanged={changed} />
      <DeletePanel
        questions={questions}
        onDeleted={(what) => {
          changed();
          if (what === 'everything') void onSaveSettings({});
        }}
      />
    </div>
  );
}
