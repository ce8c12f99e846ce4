import { useEffect, useState, type FormEvent } from 'react';
import type { Settings, SettingsPatch } from '#shared/schemas/settings.js';
import { describeError, errorCode } from '#renderer/api/messages.js';
import { useFocusOnMount } from '#renderer/lib/useFocusOnMount.js';
import { listMicrophones } from '#renderer/lib/audioLevel.js';
import { browserSynth, speakPrompt } from '#renderer/speech/index.js';
import { useVoices } from '#renderer/speech/index.js';
import { CheckField, NumberField } from './fields.js';
import { MicrophonePicker } from './MicrophonePicker.js';
import { draftFrom, patchFrom, type SettingsDraft } from './settingsDraft.js';

type Props = { settings: Settings; onSave(patch: SettingsPatch): Promise<Settings>; onMicCheck(): void };

function settingsErrorText(error: unknown): string {
  if (errorCode(error) !== 'invalid_request' || !(error instanceof Error)) return `Not saved: ${describeError(error)}`;
  const detail = error.message.trim();
  return `Not saved: ${detail.charAt(0).toUpperCase()}${detail.slice(1)}${/[.!?]$/.test(detail) ? '' : '.'}`;
}

type SaveState = { state: 'idle' } | { state: 'saving' } | { state: 'saved' } | { state: 'error'; message: string };

export function SettingsScreen({ settings, onSave, onMicCheck }: Props) {
  const [draft, setDraft] = useState<SettingsDraft>(() => draftFrom(settings));
  const [save, setSave] = useState<SaveState>({ state: 'idle' });
  const [devices, setDevices] = useState<MediaDeviceInfo[]>([]);
  const voices = useVoices();
  const heading = useFocusOnMount<HTMLHeadingElement>();
  const set = <K extends keyof SettingsDraft>(key: K, value: SettingsDraft[K]) => {
    setDraft((d) => ({ ...d, [key]: value }));
    setSave({ state: 'idle' });
  };

  useEffect(() => {
    listMicrophones().then(setDevices, () => setDevices([]));
  }, []);

  const patch = patchFrom(settings, draft);
  const dirty = Object.keys(patch).length > 0;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSave({ state: 'saving' });
    try {
      setDraft(draftFrom(await onSave(patch)));
      setSave({ state: 'saved' });
    } catch (error) {
      // Main is the judge of what is valid (e.g. the shortest target below the longest); say what it said.
      setSave({ state: 'error', message: settingsErrorText(error) });
    }
  };

  const testVoice = () =>
    void speakPrompt('Tell me about a time you helped a worried patient.', {
      synth: browserSynth(),
      voiceURI: draft.voiceURI,
      rate: draft.speechRate,
    }).done;

  return (
    <form className="screen screen--narrow settings" onSubmit={submit} noValidate>
      <h1 ref={heading} tabIndex={-1}>
        Settings
      </h1>

      <fieldset className="card">
        <legend>Timing</legend>
        <NumberField
          id="think"
          label="Think time"
          unit="seconds"
          min={0}
          max={600}
          value={draft.thinkSeconds}
          hint="Time between the question and your answer. 0 starts at once."
          onChange={(v) => set('thinkSeconds', v)}
        />
        <div className="field-pair">
          <NumberField
            id="target-min"
            label="Shortest good answer"
            unit="seconds"
            min={0}
            max={1800}
            value={draft.answerTargetMinSeconds}
            onChange={(v) => set('answerTargetMinSeconds', v)}
          />
          <NumberField
            id="target-max"
            label="Longest good answer"
            unit="seconds"
            min={1}
            max={1800}
            value={draft.answerTargetMaxSeconds}
            onChange={(v) => set('answerTargetMaxSeconds', v)}
          />
        </div>
        <CheckField
          id="hard-limit-on"
          label="Stop recording at a time limit"
          checked={draft.hardLimitSeconds !== null}
          onChange={(on) => set('hardLimitSeconds', on ? Math.max(10, draft.answerTargetMaxSeconds + 30) : null)}
        />
        {draft.hardLimitSeconds !== null && (
          <NumberField
            id="hard-limit"
            label="Time limit"
            unit="seconds"
            min={10}
            max={3600}
            value={draft.hardLimitSeconds}
            onChange={(v) => set('hardLimitSeconds', v)}
          />
        )}
        <CheckField
          id="auto-start"
          label="Start recording when think time ends"
          checked={draft.autoStartRecording}
          hint="Otherwise you press Record when you are ready."
          onChange={(v) => set('autoStartRecording', v)}
        />
      </fieldset>

      <fieldset className="card">
        <legend>Reading questions aloud</legend>
        <CheckField id="speak" label="Read each question aloud" checked={draft.speakPrompts} onChange={(v) => set('speakPrompts', v)} />
        <label className="field" htmlFor="voice">
          <span className="field__label">Voice</span>
          <select id="voice" value={draft.voiceURI ?? ''} onChange={(e) => set('voiceURI', e.target.value || null)}>
            <option value="">System default</option>
            {voices.map((v) => (
              <option key={v.voiceURI} value={v.voiceURI}>
                {v.name} ({v.lang})
              </option>
            ))}
          </select>
          {voices.length === 0 && <span className="field__hint">No voices are installed; questions are shown on screen only.</span>}
        </label>
        <div className="field">
          <label className="field__label" htmlFor="rate">
            Speaking speed
          </label>
          <div className="field__row">
            <input
              id="rate"
              type="range"
              min={0.5}
              max={2}
              step={0.1}
              value={draft.speechRate}
              onChange={(e) => set('speechRate', e.target.valueAsNumber)}
            />
            <output htmlFor="rate">{draft.speechRate.toFixed(1)}×</output>
            <button type="button" className="button" onClick={testVoice}>
              Test voice
            </button>
          </div>
        </div>
      </fieldset>

      <fieldset className="card">
        <legend>Microphone</legend>
        <MicrophonePicker devices={devices} value={draft.microphoneId} onChange={(v) => set('microphoneId', v)} />
        <button type="button" className="button" onClick={onMicCheck}>
          Check microphone…
        </button>
      </fieldset>

      <div className="screen__actions settings__actions">
        <button type="submit" className="button button--primary" disabled={!dirty || save.state === 'saving'}>
          Save settings
        </button>
        <button type="button" className="button button--quiet" disabled={!dirty} onClick={() => setDraft(draftFrom(settings))}>
          Undo changes
        </button>
        <p className={save.state === 'error' ? 'error-text' : 'save-status'} role={save.state === 'error' ? 'alert' : 'status'}>
          {save.state === 'saved' ? 'Saved' : save.state === 'saving' ? 'Saving…' : save.state === 'error' ? save.message : ''}
        </p>
      </div>
    </form>
  );
}
