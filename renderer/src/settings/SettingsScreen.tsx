import { useCallback, useEffect, useRef, useState } from 'react';
import { PLAYBACK_RATES, THEME_CHOICES, type Settings, type SettingsPatch, type ThemeChoice } from '#shared/schemas/settings.js';
import { useFocusOnMount } from '#renderer/lib/useFocusOnMount.js';
import { listMicrophones } from '#renderer/lib/audioLevel.js';
import { createReviewSaver, type SaveStatus } from '#renderer/lib/autosave/reviewSaver.js';
import { useFlushOnLeave } from '#renderer/lib/autosave/useFlushOnLeave.js';
import { SaveStatusText } from '#renderer/ui/SaveStatusText.js';
import { browserSynth, speakPrompt } from '#renderer/speech/index.js';
import { useVoices } from '#renderer/speech/index.js';
import { CheckField, NumberField } from './fields.js';
import { MicrophonePicker } from './MicrophonePicker.js';
import { draftFrom, savablePatch, settingsErrors, type SettingsDraft } from './settingsDraft.js';

type Props = { settings: Settings; onSave(patch: SettingsPatch): Promise<Settings>; onMicCheck(): void };

const THEME_LABELS: Record<ThemeChoice, string> = { system: 'Same as the system', light: 'Light', dark: 'Dark' };

/**
 * The settings, saved as they are changed, like the facility profile: a choice at once, a number
 * after a pause in typing or when the field is left. A number that is not allowed says so on its
 * field and is not sent; everything else still saves.
 */
export function SettingsScreen({ settings, onSave, onMicCheck }: Props) {
  const [draft, setDraft] = useState<SettingsDraft>(() => draftFrom(settings));
  const draftRef = useRef(draft);
  const saved = useRef(settings);
  const [status, setStatus] = useState<SaveStatus>({ state: 'idle' });
  const [saver] = useState(() =>
    createReviewSaver<SettingsDraft>({
      save: async (next) => {
        const patch = savablePatch(saved.current, next);
        if (Object.keys(patch).length > 0) saved.current = await onSave(patch);
      },
      onStatus: setStatus,
    }),
  );
  useFlushOnLeave(saver);
  const [devices, setDevices] = useState<MediaDeviceInfo[]>([]);
  const voices = useVoices();
  const heading = useFocusOnMount<HTMLHeadingElement>();
  const errors = settingsErrors(draft);

  const set = useCallback(
    <K extends keyof SettingsDraft>(key: K, value: SettingsDraft[K], immediate = true) => {
      const next = { ...draftRef.current, [key]: value };
      draftRef.current = next;
      setDraft(next);
      saver.update(next, immediate);
    },
    [saver],
  );
  const typed = <K extends keyof SettingsDraft>(key: K) => ({
    onChange: (value: number) => set(key, value as SettingsDraft[K], false),
    onBlur: () => void saver.flush(),
  });

  useEffect(() => {
    listMicrophones().then(setDevices, () => setDevices([]));
  }, []);

  const testVoice = () =>
    void speakPrompt('Tell me about a time you helped a worried patient.', {
      synth: browserSynth(),
      voiceURI: draft.voiceURI,
      rate: draft.speechRate,
    }).done;

  return (
    <form className="screen screen--narrow settings" onSubmit={(e) => e.preventDefault()} noValidate>
      <h1 ref={heading} tabIndex={-1}>
        Settings
      </h1>
      <p className="quiet-note">Changes are saved as you make them.</p>

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
          error={errors.thinkSeconds}
          {...typed('thinkSeconds')}
        />
        <div className="field-pair">
          <NumberField
            id="target-min"
            label="Shortest good answer"
            unit="seconds"
            min={0}
            max={1800}
            value={draft.answerTargetMinSeconds}
            error={errors.answerTargetMinSeconds}
            describedBy={errors.answerTarget ? 'target-error' : undefined}
            {...typed('answerTargetMinSeconds')}
          />
          <NumberField
            id="target-max"
            label="Longest good answer"
            unit="seconds"
            min={1}
            max={1800}
            value={draft.answerTargetMaxSeconds}
            error={errors.answerTargetMaxSeconds}
            describedBy={errors.answerTarget ? 'target-error' : undefined}
            {...typed('answerTargetMaxSeconds')}
          />
        </div>
        {errors.answerTarget && (
          <p id="target-error" className="field__error">
            {errors.answerTarget}
          </p>
        )}
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
            error={errors.hardLimitSeconds}
            {...typed('hardLimitSeconds')}
          />
        )}
        <CheckField
          id="start-on-open"
          label="Start think time as soon as a question opens"
          checked={draft.startOnOpen}
          hint="Otherwise opening a question shows it, and think time starts when you press Start."
          onChange={(v) => set('startOnOpen', v)}
        />
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
              onChange={(e) => set('speechRate', e.target.valueAsNumber, false)}
              onPointerUp={() => void saver.flush()}
              onBlur={() => void saver.flush()}
            />
            <output htmlFor="rate">{draft.speechRate.toFixed(1)}×</output>
            <button type="button" className="button" onClick={testVoice}>
              Test voice
            </button>
          </div>
        </div>
      </fieldset>

      <fieldset className="card">
        <legend>Listening back</legend>
        <label className="field" htmlFor="playback-rate">
          <span className="field__label">Replay speed</span>
          <select id="playback-rate" value={draft.playbackRate} onChange={(e) => set('playbackRate', Number(e.target.value))}>
            {[...new Set<number>([...PLAYBACK_RATES, draft.playbackRate])].map((r) => (
              <option key={r} value={r}>
                {r}×
              </option>
            ))}
          </select>
          <span className="field__hint">Changing the speed while you listen back also changes it here.</span>
        </label>
      </fieldset>

      <fieldset className="card">
        <legend>Appearance</legend>
        <div className="field">
          {THEME_CHOICES.map((choice) => (
            <label key={choice} className="field--radio">
              <input type="radio" name="theme" value={choice} checked={draft.theme === choice} onChange={() => set('theme', choice)} />{' '}
              {THEME_LABELS[choice]}
            </label>
          ))}
        </div>
      </fieldset>

      <fieldset className="card">
        <legend>Microphone</legend>
        <MicrophonePicker devices={devices} value={draft.microphoneId} onChange={(v) => set('microphoneId', v)} />
        <button type="button" className="button" onClick={onMicCheck}>
          Check microphone…
        </button>
      </fieldset>

      <SaveStatusText status={status} what="settings" onRetry={() => void saver.flush()} />
    </form>
  );
}
