import { describe, expect, it } from 'vitest';
import {
  clippingWarning,
  describeMeasurements,
  formatSeconds,
  loudnessWords,
  steadinessWords,
} from '#renderer/analysis/describeMeasurements.js';
import type { Measurements } from '#shared/schemas/measurements.js';

const limits = { minSeconds: 60, maxSeconds: 120 };

const measured = (over: Partial<Measurements> = {}): Measurements => ({
  durationMs: 100_000,
  speechMs: 80_000,
  leadingSilenceMs: 2100,
  trailingSilenceMs: 3000,
  pauses: [
    { startMs: 20_000, endMs: 21_500 },
    { startMs: 50_000, endMs: 52_400 },
  ],
  pauseCount: 2,
  longestPauseMs: 2400,
  speechLevelDb: -21.4,
  levelSteadinessDb: 7.6,
  noiseFloorDb: -68,
  clippedShare: 0,
  ...over,
});

const byId = (m: Measurements) => Object.fromEntries(describeMeasurements(m, limits).map((l) => [l.id, l]));

describe('measurements in plain words', () => {
  it('says each fact the way a person would', () => {
    const lines = byId(measured());
    expect(lines.length!.value).toBe('1:37 — within your 1–2 min target');
    expect(lines.speech!.value).toBe('1:20');
    expect(lines.speech!.detail).toBe('84% of the time between your first and last word');
    expect(lines['first-word']!.value).toBe('2.1 s');
    expect(lines.pauses!.value).toBe('2 of half a second or more; the longest 2.4 s');
    expect(lines.loudness).toMatchObject({
      value: 'A comfortable level',
      detail: '21 dB below the loudest a recording can be',
      tone: 'good',
    });
    expect(lines.steadiness).toMatchObject({ value: 'Steady', detail: '7.6 dB spread' });
  });

  it('warns when the answer ran over or under the target, by the time of the last word', () => {
    expect(byId(measured({ durationMs: 200_000, trailingSilenceMs: 10_000 })).length).toMatchObject({
      value: '3:10 — over your 1–2 min target',
      tone: 'warn',
    });
    expect(byId(measured({ durationMs: 40_000, speechMs: 30_000 })).length!.value).toMatch(/under your/);
  });

  it('says plainly when no speech was found, and nothing about loudness then', () => {
    const lines = byId(
      measured({ speechMs: 0, speechLevelDb: null, levelSteadinessDb: null, pauses: [], pauseCount: 0, longestPauseMs: 0 }),
    );
    expect(lines.speech!.value).toBe('No speech was found in this recording');
    expect(lines.loudness).toBeUndefined();
  });

  it('has no pauses to report for fluent speech', () => {
    expect(byId(measured({ pauses: [], pauseCount: 0, longestPauseMs: 0 })).pauses!.value).toBe('None of half a second or more');
  });

  it('puts loudness and steadiness into words at sensible boundaries', () => {
    expect(loudnessWords(-45).tone).toBe('warn');
    expect(loudnessWords(-35).text).toBe('On the quiet side');
    expect(loudnessWords(-12).text).toBe('A comfortable level');
    expect(loudnessWords(-6).text).toMatch(/^Loud/);
    expect(steadinessWords(9).text).toBe('Steady');
    expect(steadinessWords(11).text).toBe('Some rise and fall');
    expect(steadinessWords(14).tone).toBe('warn');
  });

  it('warns about clipping only when it can be heard', () => {
    expect(clippingWarning(measured({ clippedShare: 0.0001 }))).toBeNull();
    expect(clippingWarning(measured({ clippedShare: 0.004 }))).toMatch(/distorted \(0\.4% of the audio\)/);
    expect(clippingWarning(measured({ clippedShare: 0.0006 }))).toMatch(/under 0\.1%/);
  });

  it('formats short spans in tenths of a second and long ones in minutes', () => {
    expect(formatSeconds(540)).toBe('0.5 s');
    expect(formatSeconds(59_940)).toBe('59.9 s');
    expect(formatSeconds(65_000)).toBe('1 min 5 s');
    expect(formatSeconds(120_000)).toBe('2 min');
  });
});

describe('pace and pitch in words', () => {
  const line = (m: Measurements, id: string) => describeMeasurements(m, limits).find((l) => l.id === id);

  it('gives the pace as a number against the comfortable band', () => {
    const pace = line(measured({ wordsPerMinute: 148, syllablesPerSecond: 3.33, articulationRate: 3.9 }), 'pace');
    expect(pace).toMatchObject({ value: '148 words/min — comfortable (about 120–160)', tone: 'good' });
    expect(pace!.detail).toBe('estimated from 3.3 syllables a second, 3.9 while speaking');
    expect(line(measured({ wordsPerMinute: 172 }), 'pace')).toMatchObject({
      value: '172 words/min — a little fast (comfortable is about 120–160)',
      tone: 'plain',
    });
    expect(line(measured({ wordsPerMinute: 190 }), 'pace')).toMatchObject({ value: expect.stringContaining('— fast'), tone: 'warn' });
    expect(line(measured({ wordsPerMinute: 95 }), 'pace')).toMatchObject({ value: expect.stringContaining('— slow'), tone: 'warn' });
  });

  it('says "fairly monotone" only for a clearly flat voice', () => {
    const pitch = (pitchVariety: number, pitchRangeSemitones: number) =>
      line(measured({ pitchMedianHz: 118, pitchVariety, pitchRangeSemitones }), 'pitch')!;
    expect(pitch(0.6, 2.5).value).toMatch(/^Fairly monotone/);
    expect(pitch(0.6, 2.5).detail).toBe('around 118 Hz, a range of 3 semitones');
    // Narrow spread but a real range (a few lifts for emphasis), or a moderate spread: not monotone.
    expect(pitch(0.9, 5).value).toMatch(/^Some variety/);
    expect(pitch(1.5, 3.5).value).toMatch(/^Some variety/);
    expect(pitch(2.6, 9).value).toMatch(/^Lively/);
  });

  it('leaves pace and pitch out for measurements made before they existed', () => {
    const ids = describeMeasurements(measured(), limits).map((l) => l.id);
    expect(ids).not.toContain('pace');
    expect(ids).not.toContain('pitch');
  });
});
