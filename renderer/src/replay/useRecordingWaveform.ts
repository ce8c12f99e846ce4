import { useEffect, useState } from 'react';
import type { WaveformPeaks } from '#shared/schemas/waveform.js';
import type { StudioClient } from '#renderer/api/client.js';
import { knownWaveform } from './knownWaveforms.js';

/**
 * The peaks saved with a recording (measured while it was recorded): undefined while asking, null
 * when it has none (recorded before peaks were kept, recovered after a crash, or imported), in
 * which case the player decodes the audio to draw it.
 */
export function useRecordingWaveform(client: Pick<StudioClient, 'recordings'>, recordingId: string): WaveformPeaks | null | undefined {
  const remembered = knownWaveform(recordingId);
  const [known, setKnown] = useState<{ id: string; peaks: WaveformPeaks | null } | null>(null);

  useEffect(() => {
    if (remembered) return; // a take this window just recorded
    let current = true;
    // Any failure, even a client without the call, only means drawing it the slow way.
    Promise.resolve()
      .then(() => client.recordings.waveform({ recordingId }))
      .then(
        ({ peaks }) => current && setKnown({ id: recordingId, peaks }),
        () => current && setKnown({ id: recordingId, peaks: null }),
      );
    return () => {
      current = false;
    };
  }, [client, recordingId, remembered]);

  if (remembered) return remembered;
  return known?.id === recordingId ? known.peaks : undefined;
}
