import type { RecordedWaveform } from '#shared/schemas/waveform.js';
import type { LiveAudio } from '#renderer/lib/audioLevel.js';
import type { PeakReport } from './peakBlocks.js';
import { waveformFromReport } from './peakReport.js';
import peakWorkletUrl from './peak-worklet.ts?worker&url';

/** The audio thread answers within a render quantum or two; past this, the take goes without. */
const FINISH_TIMEOUT_MS = 500;

export type PeakTap = {
  /** Starts measuring, from the next render quantum. */
  start(): void;
  /**
   * Stops measuring and gives the take's waveform; null if the meter did not answer in time.
   * `recordingStartedAt` (the context's clock when the recorder started) places the peaks: what
   * the meter missed before it started counts as silence.
   */
  finish(recordingStartedAt: number): Promise<RecordedWaveform | null>;
};

/**
 * Measures a take's waveform while it is recorded (peak-worklet.ts), so the review can draw it at
 * once instead of fetching and decoding the whole recording. Null where the window cannot run an
 * AudioWorklet: the player then decodes, as it does for takes recorded before this existed.
 */
export async function openPeakTap(live: LiveAudio): Promise<PeakTap | null> {
  try {
    if (!live.context.audioWorklet || typeof AudioWorkletNode === 'undefined') return null;
    await live.context.audioWorklet.addModule(peakWorkletUrl);
    // No outputs: Chromium still runs it, and nothing is routed towards the speakers.
    const node = new AudioWorkletNode(live.context, 'peak-tap', { numberOfInputs: 1, numberOfOutputs: 0 });
    let startedAt: number | null = null;
    return {
      start() {
        live.source.connect(node);
        startedAt = live.context.currentTime;
      },
      finish(recordingStartedAt) {
        if (startedAt === null) return Promise.resolve(null);
        const leadMs = Math.max(0, (startedAt - recordingStartedAt) * 1000);
        return new Promise<RecordedWaveform | null>((resolve) => {
          const done = (waveform: RecordedWaveform | null) => {
            clearTimeout(timer);
            node.port.onmessage = null;
            node.port.close();
            try {
              live.source.disconnect(node);
            } catch {
              // already disconnected with its context
            }
            resolve(waveform);
          };
          const timer = setTimeout(() => done(null), FINISH_TIMEOUT_MS);
          node.port.onmessage = (event: MessageEvent<PeakReport>) => {
            let waveform: RecordedWaveform | null = null;
            try {
              waveform = waveformFromReport(event.data, leadMs);
            } finally {
              done(waveform);
            }
          };
          node.port.postMessage('finish');
        });
      },
    };
  } catch {
    return null;
  }
}
