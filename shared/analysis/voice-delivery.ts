import { lowBand } from './low-band.js';
import { type Pace, paceOf } from './pace.js';
import { type PitchStats, pitchStats } from './pitch-stats.js';
import { trackPitch } from './pitch-track.js';
import type { FrameSpan } from './speech-spans.js';
import { findSyllableNuclei } from './syllable-nuclei.js';

export interface VoiceDeliveryInput {
  samples: Float32Array;
  sampleRate: number;
  /** The speech stretches in 10 ms frames (findSpeechSpans), and the frames' length in samples. */
  spans: readonly FrameSpan[];
  frameCount: number;
  frameSamples: number;
  /** From the first word to the last, and the time speaking inside it (pauses of 250 ms or more out). */
  answerSpanMs: number;
  speakingMs: number;
}

export interface VoiceDelivery {
  pace: Pace | null;
  pitch: PitchStats | null;
  /** Frame index of each syllable nucleus found. */
  nuclei: number[];
}

/** Pace (from syllable nuclei) and pitch (from a YIN track) of the speech, both read from its low band. */
export function measureVoice(input: VoiceDeliveryInput): VoiceDelivery {
  const { spans, frameCount, frameSamples } = input;
  const band = lowBand(input.samples, input.sampleRate);
  const inSpeech = new Uint8Array(frameCount);
  for (const span of spans) inSpeech.fill(1, span.start, span.end);
  const track = trackPitch(band, frameCount, frameSamples, (frame) => inSpeech[frame] === 1);
  const frameMs = (frameSamples * 1000) / input.sampleRate;
  const nuclei = findSyllableNuclei({ band, spans, frameCount, frameSamples, frameMs, pitchHz: track.hz });
  return {
    pace: paceOf(nuclei.length, input.answerSpanMs, input.speakingMs),
    pitch: pitchStats(track.hz, spans),
    nuclei,
  };
}
