/**
 * The meter behind a take's waveform: an AudioWorklet processor on the microphone's audio, which
 * sees every sample the recorder sees, on the audio thread (no timer a background window could
 * slow down). Asked to finish, it reports the loudest sample of every 10 ms. Bundled on its own
 * by Vite (imported with `?worker&url` in peakTap.ts).
 */
import { BLOCKS_PER_SECOND, createPeakBlocks, type PeakReport } from './peakBlocks.js';

// The AudioWorkletGlobalScope, which TypeScript's DOM library does not describe.
declare const sampleRate: number;
declare function registerProcessor(name: string, processor: new () => AudioWorkletProcessor): void;
declare class AudioWorkletProcessor {
  readonly port: MessagePort;
}

class PeakTapProcessor extends AudioWorkletProcessor {
  private readonly blocks = createPeakBlocks(Math.max(1, Math.round(sampleRate / BLOCKS_PER_SECOND)));

  constructor() {
    super();
    this.port.onmessage = () => {
      const report: PeakReport = { ...this.blocks.finish(), sampleRate };
      this.port.postMessage(report);
    };
  }

  process(inputs: Float32Array[][]): boolean {
    const input = inputs[0];
    if (input && input.length > 0) this.blocks.add(input);
    return true; // keep listening until the context closes
  }
}

registerProcessor('peak-tap', PeakTapProcessor);
