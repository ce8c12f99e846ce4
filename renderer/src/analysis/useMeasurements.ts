import { useEffect, useRef, useState } from 'react';
import type { Attempt } from '#shared/schemas/attempt.js';
import { ANALYSIS_VERSION, type Measurements } from '#shared/schemas/measurements.js';
import type { StudioClient } from '#renderer/api/client.js';
import { measureAttempt, type MeasureSteps } from './measureAttempt.js';

export type MeasureState =
  | { status: 'no_audio' }
  | { status: 'measuring' }
  | { status: 'measured'; measurements: Measurements }
  | { status: 'failed'; message: string };

/**
 * The delivery measurements of one attempt: the stored ones, or (for a fresh take, one recorded
 * before measuring existed, or one measured by an earlier analysis version) measured now from its audio
 * and saved with it. Outdated measurements are shown while the new ones are made, so pace and pitch
 * appear on old takes the next time they are opened, without a "Measuring…" in between. Never blocks the review:
 * while measuring and after a failure, everything else works as before. Measuring waits for
 * `start` (the player being ready): fetching and decoding a long take would otherwise compete with
 * the player for the same audio just when the user wants to press Play.
 */
export function useMeasurements(
  client: Pick<StudioClient, 'attempts' | 'mediaUrl'>,
  attempt: Attempt,
  onSaved: (attempt: Attempt) => void,
  steps?: MeasureSteps,
  start = true,
): MeasureState {
  const [measured, setMeasured] = useState<{ id: string; state: MeasureState } | null>(null);
  const onSavedRef = useRef(onSaved);
  onSavedRef.current = onSaved;
  const needsMeasuring = attempt.hasRecording && (attempt.measurements === null || isOutdated(attempt.measurements));

  useEffect(() => {
    if (!needsMeasuring || !start) return;
    let current = true;
    const id = attempt.id;
    setMeasured({ id, state: { status: 'measuring' } });
    measureAttempt(client, id, (saved) => onSavedRef.current(saved), steps).then(
      (measurements) => current && setMeasured({ id, state: { status: 'measured', measurements } }),
      (error: unknown) =>
        current && setMeasured({ id, state: { status: 'failed', message: error instanceof Error ? error.message : String(error) } }),
    );
    return () => {
      current = false;
    };
    // Measured once per attempt; a new copy of the same attempt (after a save) is not a new recording.
  }, [attempt.id, needsMeasuring, client, steps, start]);

  const fresh = measured?.id === attempt.id ? measured.state : null;
  if (attempt.measurements && !(needsMeasuring && fresh?.status === 'measured'))
    return { status: 'measured', measurements: attempt.measurements };
  if (fresh) return fresh;
  return attempt.hasRecording ? { status: 'measuring' } : { status: 'no_audio' };
}

/** Made by an earlier version of the analysis (absent: version 1, before pace and pitch). */
export function isOutdated(measurements: Measurements): boolean {
  return (measurements.analysisVersion ?? 1) < ANALYSIS_VERSION;
}
