/**
 * Coefficients of a second-order Butterworth high-pass (RBJ Audio EQ Cookbook), normalised so a0 = 1:
 * y[n] = b0·x[n] + b1·x[n-1] + b2·x[n-2] − a1·y[n-1] − a2·y[n-2].
 * https://www.w3.org/TR/audio-eq-cookbook/
 */
export interface Biquad {
  b0: number;
  b1: number;
  b2: number;
  a1: number;
  a2: number;
}

/**
 * 100 Hz: room rumble, air conditioning, handling noise and mains hum (50/60 Hz) live below it, and so does
 * a DC offset, while speech carries almost all of its energy above it (even a low voice's fundamental is
 * around 85–100 Hz, and its harmonics, which carry the loudness, are higher). Removing that band keeps a
 * rumbling room from looking like speech, and a rumble's slow swells from moving the pause boundaries.
 */
export const HIGH_PASS_HZ = 100;

export function highPassCoefficients(sampleRate: number): Biquad {
  // Keep the corner well below Nyquist at absurdly low sample rates so the filter stays a high-pass.
  const cornerHz = Math.min(HIGH_PASS_HZ, sampleRate / 10);
  const w0 = (2 * Math.PI * cornerHz) / sampleRate;
  const alpha = Math.sin(w0) / (2 * Math.SQRT1_2); // Q = 1/√2: Butterworth, flat above the corner
  const cos = Math.cos(w0);
  const a0 = 1 + alpha;
  return {
    b0: (1 + cos) / 2 / a0,
    b1: -(1 + cos) / a0,
    b2: (1 + cos) / 2 / a0,
    a1: (-2 * cos) / a0,
    a2: (1 - alpha) / a0,
  };
}
