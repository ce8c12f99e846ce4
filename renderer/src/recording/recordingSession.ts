import type { Attempt } from '#shared/schemas/attempt.js';
import { StudioError } from '#shared/contract/errors.js';
import type { StudioClient } from '#renderer/api/client.js';
import { createChunkQueue } from './chunkQueue.js';
import {
  assertMicrophonePresent,
  createLevelProbe,
  openLiveAudio,
  openMicrophone,
  stopStream,
  type LevelProbe,
} from '#renderer/lib/audioLevel.js';
import { pickMimeType } from './mimeType.js';
import { fitWaveform } from '#shared/analysis/waveform-peaks.js';
import { rememberWaveform } from '#renderer/replay/index.js';
import { openPeakTap, type PeakTap } from './peakTap.js';

/** Why a recording ended before the user pressed Stop. */
export type Interruption = 'mic_lost' | 'disk_full' | 'recorder_error';

export type RecordingSession = {
  readonly recordingId: string;
  readonly level: LevelProbe;
  /** Stops, sends what is left, and asks main to finalize; resolves to the new attempt. */
  finish(): Promise<Attempt>;
  /** Stops and throws the recording away. */
  discard(): Promise<void>;
};

export type SessionOptions = {
  client: Pick<StudioClient, 'recordings'>;
  questionId: string;
  deviceId: string | null;
  onInterrupted(reason: Interruption, error?: unknown): void;
  timesliceMs?: number;
};

/**
 * Opens the microphone, starts a recording in main and streams MediaRecorder's chunks to it as they
 * arrive, so a crash loses at most the last second. Everything it opens (tracks, AudioContext) is
 * released by finish() or discard(), or here if starting fails half-way.
 */
export async function startRecordingSession(options: SessionOptions): Promise<RecordingSession> {
  const { client, questionId, deviceId, onInterrupted, timesliceMs = 1000 } = options;

  await assertMicrophonePresent();
  const stream = await openMicrophone(deviceId);

  let recordingId: string | null = null;
  let level: LevelProbe | null = null;
  try {
    const mimeType = pickMimeType((type) => MediaRecorder.isTypeSupported(type));
    if (!mimeType) throw new DOMException('This window cannot record audio.', 'NotSupportedError');
    recordingId = (await client.recordings.begin({ questionId, mimeType })).recordingId;
    const id = recordingId;

    let interrupted = false;
    let stopping = false;
    const interrupt = (reason: Interruption, error?: unknown) => {
      if (interrupted || stopping) return;
      interrupted = true;
      onInterrupted(reason, error);
    };

    const queue = createChunkQueue(
      async (seq, bytes) => {
        await client.recordings.append({ recordingId: id, seq, bytes });
      },
      (error) => interrupt(error instanceof StudioError && error.code === 'disk_full' ? 'disk_full' : 'recorder_error', error),
    );

    const recorder = new MediaRecorder(stream, { mimeType });
    const stopped = new Promise<void>((resolve) => recorder.addEventListener('stop', () => resolve(), { once: true }));
    recorder.addEventListener('dataavailable', (event) => queue.push(event.data));
    recorder.addEventListener('error', (event) => interrupt('recorder_error', (event as ErrorEvent).error));
    // Chromium stops the recorder by itself once every track has ended; if we did not ask for
    // that, the microphone went away.
    recorder.addEventListener('stop', () => interrupt('mic_lost'));
    for (const track of stream.getAudioTracks()) {
      track.addEventListener('ended', () => interrupt('mic_lost'));
    }

    const live = openLiveAudio(stream);
    level = createLevelProbe(stream, live);
    recorder.start(timesliceMs);
    const recorderStartedAt = live.context.currentTime;
    // The waveform meter loads once the recorder runs (the recorder never waits for it) and
    // counts the moment it missed as silence.
    let tap = null as PeakTap | null;
    void openPeakTap(live).then((loaded) => {
      if (stopping || !loaded) return;
      loaded.start();
      tap = loaded;
    });
    const probe = level;

    /** Stops everything; the take's waveform, when it was measured. */
    const halt = async () => {
      stopping = true;
      if (recorder.state !== 'inactive') recorder.stop();
      await stopped;
      const waveform = tap ? await tap.finish(recorderStartedAt) : null; // before its context closes
      stopStream(stream);
      await probe.close();
      return waveform;
    };

    return {
      recordingId: id,
      level: probe,
      async finish() {
        const waveform = await halt();
        try {
          await queue.drain();
        } catch (error) {
          // What reached the disk before the failure is still worth keeping (disk_full keeps
          // "audio so far"); only with nothing sent at all is there nothing to finish.
          if (queue.sent === 0) throw error;
        }
        const attempt = await client.recordings.finish({ recordingId: id, ...(waveform ? { waveform } : {}) });
        // The review that follows draws the take from these at once (main keeps the same fit).
        if (waveform) rememberWaveform(attempt.id, fitWaveform(waveform, attempt.durationMs));
        return attempt;
      },
      async discard() {
        await halt();
        await queue.drain().catch(() => {});
        await client.recordings.discard({ recordingId: id });
      },
    };
  } catch (error) {
    stopStream(stream);
    await level?.close();
    if (recordingId) await client.recordings.discard({ recordingId }).catch(() => {});
    throw error;
  }
}
