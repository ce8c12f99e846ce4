import { MIN_LEVEL_DB } from './frame-levels.js';
import type { LowBand } from './low-band.js';

/**
 * The envelope is read above 400 Hz (within the low band, so 400–900 Hz): vowels' first formant lives
 * there, while the nasal murmur of "m", "n", "ng" and the voice's own fundamental sit below it. Without
 * this, a run like "every manager" reads as one long voiced hump instead of its syllables.
 */
const ENVELOPE_HIGH_PASS_HZ = 400;

/**
 * The vowel band's level per frame in dB (see ENVELOPE_HIGH_PASS_HZ), smoothed over about 50 ms (a
 * [1 2 3 2 1] kernel on power) so the ripple inside one vowel does not read as several syllables.
 */
export function vowelEnvelope(band: LowBand, frameCount: number, frameSamples: number): Float32Array {
  const power = new Float64Array(frameCount);
  const perFrame = frameSamples / band.factor;
  const { b0, a1, a2 } = highPass(ENVELOPE_HIGH_PASS_HZ, band.sampleRate);
  let x1 = 0;
  let x2 = 0;
  let y1 = 0;
  let y2 = 0;
  for (let f = 0; f < frameCount; f++) {
    const start = Math.round(f * perFrame);
    const end = Math.min(band.samples.length, Math.round((f + 1) * perFrame));
    let sum = 0;
    for (let i = start; i < end; i++) {
      const x = band.samples[i]!;
      const y = b0 * (x - 2 * x1 + x2) - a1 * y1 - a2 * y2;
      x2 = x1;
      x1 = x;
      y2 = y1;
      y1 = y;
      sum += y * y;
    }
    power[f] = end > start ? sum / (end - start) : 0;
    if (Math.abs(y1) + Math.abs(y2) < 1e-20) y1 = y2 = 0; // no subnormal decay in digital silence
  }
  const kernel = [1, 2, 3, 2, 1];
  const out = new Float32Array(frameCount);
  const floor = 10 ** (MIN_LEVEL_DB / 10);
  for (let f = 0; f < frameCount; f++) {
    let sum = 0;
    let weight = 0;
    for (let k = -2; k <= 2; k++) {
      const p = power[f + k];
      if (p === undefined) continue;
      sum += p * kernel[k + 2]!;
      weight += kernel[k + 2]!;
    }
    const mean = sum / weight;
    out[f] = mean > floor ? 10 * Math.log10(mean) : MIN_LEVEL_DB;
  }
  return out;
}

/** Second-order Butterworth high-pass (RBJ cookbook); b1 = -2·b0 and b2 = b0. */
function highPass(cornerHz: number, sampleRate: number): { b0: number; a1: number; a2: number } {
  const w0 = (2 * Math.PI * Math.min(cornerHz, sampleRate / 4)) / sampleRate;
  const alpha = Math.sin(w0) / (2 * Math.SQRT1_2);
  const cos = Math.cos(w0);
  const a0 = 1 + alpha;
  return { b0: (1 + cos) / 2 / a0, a1: (-2 * cos) / a0, a2: (1 - alpha) / a0 };
}
