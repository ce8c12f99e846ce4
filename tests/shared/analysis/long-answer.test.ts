import { describe, expect, it } from 'vitest';
import { measureSpeech } from '../../../shared/analysis/measure-speech.js';
import { tonesWithGaps } from './signals.js';

describe('analysis speed', () => {
  it('measures a 5-minute 48 kHz answer at well over 100× real time', () => {
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

    measureSpeech(samples.subarray(0, 48000 * 10), 48000); // let the JIT compile the hot loop first
    const started = performance.now();
    const m = measureSpeech(samples, 48000);
    const elapsedMs = performance.now() - started;

    console.log(`5-minute answer analysed in ${elapsedMs.toFixed(0)} ms: ${((300 * 1000) / elapsedMs).toFixed(0)}× real time`);
    // Two per 5 s: the 0.8 s gap inside the pattern and the 1.2 s from one pattern's tail into the next's lead.
    expect(m.pauseCount).toBe(119);
    // 3 s is 100× real time; the run is typically several times faster, so a busy machine has headroom.
    expect(elapsedMs).toBeLessThan(3000);
  });
});
