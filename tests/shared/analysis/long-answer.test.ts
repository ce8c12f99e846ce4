import { describe, expect, it } from 'vitest';
import { measureSpeech } from '#shared/analysis/measure-speech.js';
import { tonesWithGaps } from './signals.js';

describe('a long answer', () => {
  // Speed is measured by `npm run bench`, never asserted here.
  it('finds every pause in a 5-minute 48 kHz answer', () => {
    // 5 s of "speech" with pauses, repeated to 5 minutes: the work per sample is the same as for a real answer.
    const pattern = tonesWithGaps({
      sampleRate: 48000,
      durationS: 5,
      bursts: [
        { startS: 0.5, endS: 1.5 },
        { startS: 2.3, endS: 3.3 },
        { startS: 3.6, endS: 4.3 },
      ],
      noisePeak: 0.003,
    });
    const samples = new Float32Array(48000 * 300);
    for (let at = 0; at < samples.length; at += pattern.length) samples.set(pattern.subarray(0, samples.length - at), at);

    const m = measureSpeech(samples, 48000);
    // Two per 5 s: the 0.8 s gap inside the pattern and the 1.2 s from one pattern's tail into the next's lead.
    expect(m.pauseCount).toBe(119);
  });
});
