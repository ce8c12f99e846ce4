/**
 * The voice's low band (below about 900 Hz), at a low sample rate: what both the pitch track and the
 * syllable finder read. Vowels carry their fundamental and first formant there, while fricatives and
 * hiss ("s", "f", fan noise) mostly do not, so the band's loudness peaks on syllable nuclei; and pitch is
 * found far faster (and more reliably: no formant peaks to mistake for the period) at about 4 kHz than at 48.
 */
export interface LowBand {
  samples: Float32Array;
  sampleRate: number;
  /** Input samples per low-band sample. */
  factor: number;
}

/** 900 Hz: above the highest voice's fundamental (about 400 Hz) with room for its second harmonic. */
const LOW_PASS_HZ = 900;
/**
 * About 4 kHz after decimation: more than twice the band's top, and lags of 1/4 ms, which parabolic
 * interpolation refines to well under a hundredth of a semitone's worth at speech pitches. Every halving
 * of the rate quarters the pitch tracker's work (half the window, half the lags).
 */
const TARGET_RATE = 4000;
/** The rate of the first, averaging step (see lowBand). */
const PRE_RATE = 12000;

export function lowBand(samples: Float32Array, sampleRate: number): LowBand {
  // First a plain average of `pre` samples down to about 12 kHz: its nulls fall on multiples of the
  // new rate, exactly where whatever would alias into the voice band lies, and it is a fraction of the
  // cost of running the filters at the full rate. The filters then run at the lower rate.
  const pre = Math.max(1, Math.floor(sampleRate / PRE_RATE));
  const midRate = sampleRate / pre;
  const post = Math.max(1, Math.floor(midRate / TARGET_RATE));
  const cornerHz = Math.min(LOW_PASS_HZ, midRate / 4);
  // Two second-order Butterworth low-passes in a row (RBJ cookbook): 24 dB/octave, so what would
  // alias back from above the new Nyquist frequency is well down.
  const w0 = (2 * Math.PI * cornerHz) / midRate;
  const alpha = Math.sin(w0) / (2 * Math.SQRT1_2);
  const cos = Math.cos(w0);
  const a0 = 1 + alpha;
  const b0 = (1 - cos) / 2 / a0;
  const a1 = (-2 * cos) / a0;
  const a2 = (1 - alpha) / a0;
  const midCount = Math.floor(samples.length / pre);
  const out = new Float32Array(Math.ceil(midCount / post));
  let x1 = 0;
  let x2 = 0;
  let y1 = 0;
  let y2 = 0;
  let z1 = 0;
  let z2 = 0;
  let n = 0;
  let phase = 0;
  for (let m = 0; m < midCount; m++) {
    let x = 0;
    for (let i = m * pre; i < (m + 1) * pre; i++) x += samples[i]!;
    x /= pre;
    // b1 = 2·b0 and b2 = b0 for a low-pass, so one multiply covers the three input taps.
    const y = b0 * (x + 2 * x1 + x2) - a1 * y1 - a2 * y2;
    const z = b0 * (y + 2 * y1 + y2) - a1 * z1 - a2 * z2;
    x2 = x1;
    x1 = x;
    y2 = y1;
    y1 = y;
    z2 = z1;
    z1 = z;
    if (phase === 0) {
      out[n++] = z;
      // Digital silence decays through subnormal numbers, which are many times slower to compute with
      // (see frame-levels.ts); anything this small is silence anyway.
      if (Math.abs(y1) + Math.abs(y2) + Math.abs(z1) + Math.abs(z2) < 1e-20) y1 = y2 = z1 = z2 = 0;
    }
    if (++phase === post) phase = 0;
  }
  return { samples: out, sampleRate: midRate / post, factor: pre * post };
}
