import { describe, expect, it } from 'vitest';
import { downsamplePeaks, fitWaveform, peakCountFor, PEAKS_PER_SECOND } from '#shared/analysis/waveform-peaks.js';
import { MAX_WAVEFORM_PEAKS, RecordedWaveformSchema, WaveformPeaksSchema } from '#shared/schemas/waveform.js';

describe('peakCountFor', () => {
  it('gives a short answer a peak per 20 ms and caps a long one', () => {
    expect(PEAKS_PER_SECOND).toBe(50);
    expect(peakCountFor(10_000)).toBe(500);
    expect(peakCountFor(10)).toBe(1);
    expect(peakCountFor(0)).toBe(1);
    expect(peakCountFor(5 * 60_000)).toBe(MAX_WAVEFORM_PEAKS);
  });
});

describe('downsamplePeaks', () => {
  it('keeps the loudest of each share, rounded to 3 decimals', () => {
    expect(downsamplePeaks([0.1, 0.5, 0.12345, 0.1, 0, 0.3], 3)).toEqual([0.5, 0.123, 0.3]);
  });

  it('counts a negative sample by its size and never goes past 1', () => {
    expect(downsamplePeaks([-0.8, 0.1, 1.004, 0], 2)).toEqual([0.8, 1]);
  });

  it('spreads uneven shares over the whole input', () => {
    const fine = Array.from({ length: 10 }, (_, i) => i / 10);
    expect(downsamplePeaks(fine, 3)).toEqual([0.2, 0.5, 0.9]);
  });

  it('repeats values when asked for more peaks than it has', () => {
    expect(downsamplePeaks([0.1, 0.9], 4)).toEqual([0.1, 0.1, 0.9, 0.9]);
  });

  it('gives nothing for nothing', () => {
    expect(downsamplePeaks([], 5)).toEqual([]);
  });

  it('makes peaks the contract accepts, for a 5-minute answer at the meter’s 10 ms blocks', () => {
    const fine = Float32Array.from({ length: 30_000 }, (_, i) => Math.sin(i / 50));
    const peaks = downsamplePeaks(fine, peakCountFor(300_000));
    expect(WaveformPeaksSchema.safeParse(peaks).success).toBe(true);
    expect(JSON.stringify(peaks).length).toBeLessThan(14_000);
  });
});

describe('fitWaveform', () => {
  const peaks = Array.from({ length: 100 }, (_, i) => i / 100);

  it('keeps the peaks when they cover the recording, give or take a moment', () => {
    expect(fitWaveform({ peaks, coveredMs: 10_000 }, 10_000)).toBe(peaks);
    expect(fitWaveform({ peaks, coveredMs: 10_200 }, 9_800)).toBe(peaks);
  });

  it('drops the peaks of audio that never reached the disk', () => {
    expect(fitWaveform({ peaks, coveredMs: 10_000 }, 6_000)).toEqual(peaks.slice(0, 60));
  });

  it('gives none when the recording is longer than what they describe, or empty', () => {
    expect(fitWaveform({ peaks, coveredMs: 4_000 }, 10_000)).toBeNull();
    expect(fitWaveform({ peaks, coveredMs: 10_000 }, 0)).toBeNull();
    expect(fitWaveform({ peaks: [0.5], coveredMs: 10_000 }, 1)).toBeNull();
  });
});

describe('RecordedWaveformSchema', () => {
  it('refuses what no meter measures', () => {
    expect(RecordedWaveformSchema.safeParse({ peaks: [0.5], coveredMs: 1000 }).success).toBe(true);
    expect(RecordedWaveformSchema.safeParse({ peaks: [], coveredMs: 1000 }).success).toBe(false);
    expect(RecordedWaveformSchema.safeParse({ peaks: [1.5], coveredMs: 1000 }).success).toBe(false);
    expect(RecordedWaveformSchema.safeParse({ peaks: [Number.NaN], coveredMs: 1000 }).success).toBe(false);
    expect(RecordedWaveformSchema.safeParse({ peaks: new Array(MAX_WAVEFORM_PEAKS + 1).fill(0), coveredMs: 1000 }).success).toBe(false);
    expect(RecordedWaveformSchema.safeParse({ peaks: [0.5], coveredMs: 1000, extra: 1 }).success).toBe(false);
  });
});
