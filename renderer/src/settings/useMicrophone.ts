import { useEffect, useState } from 'react';
import {
  assertMicrophonePresent,
  createLevelProbe,
  listMicrophones,
  openMicrophone,
  stopStream,
  type LevelProbe,
} from '#renderer/lib/audioLevel.js';
import { classifyStartError } from '#renderer/recording/index.js';
import type { Problem } from '#renderer/practice/index.js';

/**
 * An open microphone for checking levels: the chosen device's stream, its level probe and the list
 * of inputs (whose names are only readable once access is granted). Closed on change and unmount.
 */
export function useMicrophone(deviceId: string | null) {
  const [probe, setProbe] = useState<LevelProbe | null>(null);
  const [devices, setDevices] = useState<MediaDeviceInfo[]>([]);
  const [problem, setProblem] = useState<Problem | null>(null);
  const [activeDeviceId, setActiveDeviceId] = useState<string | null>(null);
  // Bumped by retry(): after the person changed a system setting, open the microphone again.
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    let current = true;
    let stream: MediaStream | null = null;
    let opened: LevelProbe | null = null;
    setProblem(null);
    (async () => {
      try {
        await assertMicrophonePresent();
        stream = await openMicrophone(deviceId);
        if (!current) return stopStream(stream);
        opened = createLevelProbe(stream);
        setProbe(opened);
        setActiveDeviceId(stream.getAudioTracks()[0]?.getSettings().deviceId ?? null);
        setDevices(await listMicrophones());
      } catch (error) {
        if (current) setProblem(classifyStartError(error));
      }
    })();
    return () => {
      current = false;
      stopStream(stream);
      void opened?.close();
      setProbe(null);
    };
  }, [deviceId, attempt]);

  return { probe, devices, problem, activeDeviceId, retry: () => setAttempt((n) => n + 1) };
}
