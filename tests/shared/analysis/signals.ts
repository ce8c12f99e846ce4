/** Synthetic test signals, deterministic (seeded noise) so failures reproduce. */

export interface Burst {
  startS: number;
  endS: number;
}

/**
 * Bursts rise and fall over 5 ms, as every real sound does. A hard cut at a random phase is a step, a click
 * with energy at every frequency, which the analysis's high-pass filter would ring on for some milliseconds.
 */
const RAMP_S = 0.005;

/** A sine of `amplitude` during each burst, over an optional noise floor (uniform noise of peak `noisePeak`). */
export function tonesWithGaps(options: {
  sampleRate: number;
  durationS: number;
  bursts: Burst[];
  amplitude?: number;
  noisePeak?: number;
  hz?: number;
}): Float32Array {
  const { sampleRate, durationS, bursts } = options;
  const amplitude = options.amplitude ?? 0.3;
  // 440 Hz: well above the analysis's 100 Hz high-pass, where most of a voice's energy is.
  const hz = Math.min(options.hz ?? 440, sampleRate / 4);
  const noise = seededNoise(1);
  const out = new Float32Array(Math.round(durationS * sampleRate));
  for (let i = 0; i < out.length; i++) {
    const t = i / sampleRate;
    const burst = bursts.find((b) => t >= b.startS && t < b.endS);
    const envelope = burst ? rampEnvelope(Math.min(t - burst.startS, burst.endS - t)) : 0;
    out[i] = envelope * amplitude * Math.sin(2 * Math.PI * hz * t) + (options.noisePeak ? options.noisePeak * noise() : 0);
  }
  return out;
}

/** A raised-cosine rise from 0 to 1 over RAMP_S, given the time from the nearer edge of the burst. */
function rampEnvelope(fromEdgeS: number): number {
  return fromEdgeS >= RAMP_S ? 1 : 0.5 - 0.5 * Math.cos((Math.PI * fromEdgeS) / RAMP_S);
}

/** Uniform white noise of the given peak. */
export function whiteNoise(sampleRate: number, durationS: number, peak: number, seed = 7): Float32Array {
  const noise = seededNoise(seed);
  return Float32Array.from({ length: Math.round(durationS * sampleRate) }, () => peak * noise());
}

/** A linear congruential generator: uniform in [-1, 1), the same sequence for the same seed. */
export function seededNoise(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return (state / 2 ** 32) * 2 - 1;
  };
}

/** RMS level of uniform noise of peak p is p/√3; in dBFS. */
export function uniformNoiseDb(peak: number): number {
  return 20 * Math.log10(peak / Math.sqrt(3));
}
