import type { PcmAudio } from '#shared/analysis/measure-recording.js';
import type { Attempt } from '#shared/schemas/attempt.js';
import type { Measurements } from '#shared/schemas/measurements.js';
import type { StudioClient } from '#renderer/api/client.js';
import { decodeRecording } from './decodeRecording.js';
import { measurePcm } from './measurePcm.js';

export type MeasureSteps = {
  decode(url: string): Promise<PcmAudio>;
  measure(audio: PcmAudio): Promise<Measurements>;
};

const browserSteps: MeasureSteps = { decode: (url) => decodeRecording(url), measure: (audio) => measurePcm(audio) };

/**
 * Measurements made in this window, by attempt. An attempt is measured once even when the review is
 * opened twice, or when a list refresh briefly hands back a copy saved before its measurements were.
 */
const known = new Map<string, Promise<Measurements>>();

/**
 * Decodes an attempt's audio, measures it and stores the result with the attempt. A failure to store
 * still returns the measurements (they are shown; the next opening measures again); a failure to
 * decode or measure rejects, and is forgotten so a later opening can try again.
 */
export function measureAttempt(
  client: Pick<StudioClient, 'attempts' | 'mediaUrl'>,
  attemptId: string,
  onSaved: (attempt: Attempt) => void,
  steps: MeasureSteps = browserSteps,
): Promise<Measurements> {
  const existing = known.get(attemptId);
  if (existing) return existing;
  const run = (async () => {
    const audio = await steps.decode(client.mediaUrl(attemptId));
    const measurements = await steps.measure(audio);
    try {
      onSaved(await client.attempts.measure({ attemptId, measurements }));
    } catch {
      known.delete(attemptId);
    }
    return measurements;
  })();
  known.set(attemptId, run);
  run.catch(() => known.delete(attemptId));
  return run;
}

/** For tests: forget every measurement made so far. */
export function forgetMeasurements(): void {
  known.clear();
}
