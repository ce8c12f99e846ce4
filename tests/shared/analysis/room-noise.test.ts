import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { measureRecording } from '#shared/analysis/measure-recording.js';
import { decodeWav } from '#shared/analysis/wav.js';
import { useTempDirs } from '#tests/support/temp-dir.js';

/**
 * Room noise of every colour must read as no speech: white (hiss), pink (most rooms), brown (rumble, the
 * hardest: its level swells and sinks slowly). Made with sox; -R fixes its random seed so runs repeat.
 */
describe('room noise alone', () => {
  const tempDir = useTempDirs();

  it.each([
    ['whitenoise', 8000],
    ['whitenoise', 44100],
    ['pinknoise', 16000],
    ['pinknoise', 48000],
    ['brownnoise', 8000],
    ['brownnoise', 44100],
  ])('finds no speech in %s at %i Hz', (colour, sampleRate) => {
    const file = path.join(tempDir(), 'noise.wav');
    execFileSync('sox', ['-R', '-r', String(sampleRate), '-n', '-b', '16', file, 'synth', '20', colour, 'vol', '0.05']);
    const m = measureRecording(decodeWav(fs.readFileSync(file)));
    expect(m.speechMs).toBe(0);
    expect(m.pauses).toEqual([]);
    expect(m.noiseFloorDb).toBeGreaterThan(-60);
  });
});
