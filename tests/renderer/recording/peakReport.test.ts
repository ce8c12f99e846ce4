import { describe, expect, it } from 'vitest';
import { waveformFromReport } from '#renderer/recording/peakReport.js';

describe('waveformFromReport', () => {
  it('covers the audio the meter heard, at 50 peaks a second', () => {
    const peaks = Array.from({ length: 1000 }, (_, i) => (i % 10) / 10); // 10 s of 10 ms blocks
    const waveform = waveformFromReport({ peaks, samples: 480_000, sampleRate: 48_000 });
    expect(waveform?.coveredMs).toBe(10_000);
    expect(waveform?.peaks).toHaveLength(500);
    expect(Math.max(...waveform!.peaks)).toBe(0.9);
  });

  it('draws what was recorded before the meter started as silence, so the peaks line up', () => {
    const loud = new Array(100).fill(0.8); // 1 s
    const waveform = waveformFromReport({ peaks: loud, samples: 44_100, sampleRate: 44_100 }, 200);
    expect(waveform?.coveredMs).toBe(1200);
    expect(waveform?.peaks).toHaveLength(60);
    expect(waveform!.peaks.slice(0, 10)).toEqual(new Array(10).fill(0));
    expect(waveform!.peaks.slice(10)).toEqual(new Array(50).fill(0.8));
  });

  it('is none when the meter heard nothing', () => {
    expect(waveformFromReport({ peaks: [], samples: 0, sampleRate: 48_000 })).toBeNull();
    expect(waveformFromReport({ peaks: [0.5], samples: 10, sampleRate: 0 })).toBeNull();
  });
});
