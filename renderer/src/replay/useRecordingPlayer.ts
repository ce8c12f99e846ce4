import type { Attempt } from '#shared/schemas/attempt.js';
import type { StudioClient } from '#renderer/api/client.js';
import { useRecordingWaveform } from './useRecordingWaveform.js';
import { useWaveSurfer } from './useWaveSurfer.js';

/** The player for one take's recording, drawn from the peaks saved with it when it has them. */
export function useRecordingPlayer(client: Pick<StudioClient, 'recordings' | 'mediaUrl'>, attempt: Pick<Attempt, 'id' | 'durationMs'>) {
  const peaks = useRecordingWaveform(client, attempt.id);
  return useWaveSurfer(client.mediaUrl(attempt.id), attempt.durationMs / 1000, peaks);
}
