import { describe, expect, it } from 'vitest';
import { clippedShare } from '#shared/analysis/clipping.js';
import { measureRecording } from '#shared/analysis/measure-recording.js';
import { measureSpeech } from '#shared/analysis/measure-speech.js';
import { mixToMono } from '#shared/analysis/mix-down.js';
import { tonesWithGaps, whiteNoise } from './signals.js';

const BURSTS = [
  { startS: 0.4, endS: 1.2 },
  { startS: 2.0, endS: 3.0 },
];

describe('mixToMono', () => {
  it('averages channels sample by sample', () => {
    const mono = mixToMono([new Float32Array([1, 0.5, -1]), new Float32Array([0, 0.5, 1])]);
    expect([...mono]).toEqual([0.5, 0.5, 0]);
  });

  it('returns a single channel as it is, and nothing for no channels', () => {
    const only = new Float32Array([0.1, 0.2]);
    expect(mixToMono([only])).toBe(only);
    expect(mixToMono([])).toHaveLength(0);
  });

  it('mixes over the shortest channel when lengths differ', () => {
    expect(mixToMono([new Float32Array(5), new Float32Array(3)])).toHaveLength(3);
  });
});

describe('measureRecording on stereo', () => {
  it('finds speech that is only in the left channel', () => {
    const left = tonesWithGaps({ sampleRate: 44100, durationS: 3.5, bursts: BURSTS, noisePeak: 0.002 });
    const right = whiteNoise(44100, 3.5, 0.002, 11);
    const m = measureRecording({ channels: [left, right], sampleRate: 44100 });
    expect(m.pauses).toHaveLength(1);
    expect(Math.abs(m.pauses[0]!.startMs - 1200)).toBeLessThanOrEqual(5);
    expect(Math.abs(m.pauses[0]!.endMs - 2000)).toBeLessThanOrEqual(5);
    expect(m.leadingSilenceMs).toBeCloseTo(400, -1);
  });

  it('matches the mono analysis when both channels carry the same signal', () => {
    const mono = tonesWithGaps({ sampleRate: 22050, durationS: 3.5, bursts: BURSTS, noisePeak: 0.002 });
    expect(measureRecording({ channels: [mono, mono.slice()], sampleRate: 22050 })).toEqual(measureSpeech(mono, 22050));
  });

  it('counts clipping per channel, before mixing hides it', () => {
    const clipped = tonesWithGaps({ sampleRate: 16000, durationS: 3.5, bursts: BURSTS, amplitude: 2 }).map((x) =>
      Math.max(-1, Math.min(1, x)),
    );
    const clean = new Float32Array(clipped.length);
    const m = measureRecording({ channels: [clipped, clean], sampleRate: 16000 });
    const clippedInLeft = clipped.filter((x) => Math.abs(x) >= 0.999).length;
    expect(m.clippedShare).toBeCloseTo(clippedInLeft / (2 * clipped.length), 6);
    expect(measureSpeech(mixToMono([clipped, clean]), 16000).clippedShare).toBe(0);
  });

  it("uses the format's own full scale for 8-bit audio", () => {
    const samples = new Float32Array(100).fill(127 / 128);
    expect(measureRecording({ channels: [samples], sampleRate: 8000, fullScale: 127 / 128 }).clippedShare).toBe(1);
    expect(clippedShare([samples])).toBe(0);
  });
});
