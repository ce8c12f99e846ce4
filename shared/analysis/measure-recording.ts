import type { Measurements } from '#shared/schemas/measurements.js';
import { clipLevelFor, clippedShare } from './clipping.js';
import { type MeasureOptions, measureSpeech } from './measure-speech.js';
import { mixToMono } from './mix-down.js';

/** Decoded audio of any channel count, as a WAV decoder (or Web Audio's AudioBuffer) gives it. */
export interface PcmAudio {
  channels: readonly Float32Array[];
  sampleRate: number;
  /** The largest positive sample the source format can hold; 1 when unknown. */
  fullScale?: number;
}

/**
 * Measures a recording of any channel count: the speech measurements come from the mono mix, while
 * clipping is counted on each channel before mixing (a clipped left channel averaged with a clean right
 * one no longer reaches full scale, yet it is still audibly distorted).
 */
export function measureRecording(audio: PcmAudio, options: Omit<MeasureOptions, 'clipLevel'> = {}): Measurements {
  const clipLevel = clipLevelFor(audio.fullScale ?? 1);
  const measurements = measureSpeech(mixToMono(audio.channels), audio.sampleRate, { ...options, clipLevel });
  return { ...measurements, clippedShare: clippedShare(audio.channels, clipLevel) };
}
