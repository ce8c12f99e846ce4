import { useEffect, useRef, useState } from 'react';
import type { Settings, SettingsPatch } from '#shared/schemas/settings.js';
import { describeError } from '#renderer/api/messages.js';
import { useFocusOnMount } from '#renderer/lib/useFocusOnMount.js';
import { LevelMeter } from '#renderer/ui/LevelMeter.js';
import { problemText } from '#renderer/practice/index.js';
import { MicrophoneSteps } from '#renderer/ui/MicrophoneSteps.js';
import { MicrophonePicker } from './MicrophonePicker.js';
import { useMicrophone } from './useMicrophone.js';

type Props = { settings: Settings; onSave(patch: SettingsPatch): Promise<Settings>; onDone(): void };

/** Loud enough to be speech rather than room noise, on the meter's 0..1 scale (about -33 dB). */
const HEARD_LEVEL = 0.45;
const SILENCE_HINT_MS = 8000;

export function MicCheckScreen({ settings, onSave, onDone }: Props) {
  const [deviceId, setDeviceId] = useState<string | null>(settings.microphoneId);
  const mic = useMicrophone(deviceId);
  const [heard, setHeard] = useState(false);
  const [quietTooLong, setQuietTooLong] = useState(false);
  const [saveError, setSaveError] = useState<string | null>(null);
  const heardRef = useRef(false);
  const heading = useFocusOnMount<HTMLHeadingElement>();

  useEffect(() => {
    heardRef.current = false;
    setHeard(false);
    setQuietTooLong(false);
    if (!mic.probe) return;
    const timer = setTimeout(() => !heardRef.current && setQuietTooLong(true), SILENCE_HINT_MS);
    return () => clearTimeout(timer);
  }, [mic.probe]);

  const onLevel = (level: number) => {
    if (level >= HEARD_LEVEL && !heardRef.current) {
      heardRef.current = true;
      setHeard(true);
    }
  };

  const finish = async (patch: SettingsPatch) => {
    try {
      await onSave({ ...patch, micCheckDone: true });
      onDone();
    } catch (error) {
      setSaveError(describeError(error));
    }
  };

  const problem = mic.problem ? problemText(mic.problem) : null;

  return (
    <div className="screen screen--narrow">
      <h1 ref={heading} tabIndex={-1}>
        Check your microphone
      </h1>
      <p className="muted">Your answers are recorded on this computer only. Say something, and watch the bar move.</p>
      <div className="card">
        <MicrophonePicker devices={mic.devices} value={deviceId} onChange={setDeviceId} />
        <LevelMeter probe={mic.probe} onLevel={onLevel} />
        <p className={`mic-feedback ${heard ? 'mic-feedback--ok' : ''}`} role="status">
          {problem
            ? ''
            : heard
              ? 'We can hear you. This microphone works.'
              : quietTooLong
                ? 'We can’t hear anything yet. Check the microphone is not muted, or choose another one.'
                : mic.probe
                  ? 'Say something to test…'
                  : 'Opening the microphone…'}
        </p>
        {problem && (
          <div className="notice notice--error" role="alert">
            <p>
              <strong>{problem.title}.</strong> {problem.body}
            </p>
          </div>
        )}
        {saveError && (
          <p className="error-text" role="alert">
            {saveError}
          </p>
        )}
      </div>
      {problem && <MicrophoneSteps />}
      <div className="screen__actions">
        {problem ? (
          // Nothing works yet: trying again (after the steps above) is the way on, not "use" it.
          <button type="button" className="button button--primary" onClick={mic.retry}>
            Try again
          </button>
        ) : (
          <button type="button" className="button button--primary" onClick={() => void finish({ microphoneId: deviceId })}>
            Use this microphone
          </button>
        )}
        <button type="button" className="button button--quiet" onClick={() => void finish({})}>
          Skip for now
        </button>
      </div>
    </div>
  );
}
