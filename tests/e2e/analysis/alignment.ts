import { execFileSync } from 'node:child_process';

/**
 * Lines a recording up with the WAV the fake microphone played, independently of the analysis under
 * test: by the shape of their loudness over time. Both are cut into 5 ms frames; each frame's level in
 * dB (floored, so silence and suppressed noise weigh alike) forms an envelope, and the lag at which the
 * two envelopes correlate best is the offset. Levels in dB make the match indifferent to the automatic
 * gain the microphone path applies (a gain is a constant added to every frame, which correlation ignores).
 */
export const FRAME_MS = 5;
const FLOOR_DB = -60;

export function envelopeDb(samples: Float32Array, sampleRate: number): Float64Array {
  const frame = Math.round((sampleRate * FRAME_MS) / 1000);
  const count = Math.floor(samples.length / frame);
  const out = new Float64Array(count);
  for (let f = 0; f < count; f++) {
    let power = 0;
    for (let i = f * frame; i < (f + 1) * frame; i++) power += samples[i]! * samples[i]!;
    out[f] = Math.max(FLOOR_DB, 10 * Math.log10(power / frame + 1e-12));
  }
  return out;
}

/** How far (ms) the recording starts into the source: recording time t is source time t + offset. */
export function offsetByEnvelope(
  recorded: Float64Array,
  source: Float64Array,
  maxLagMs: number,
): { offsetMs: number; correlation: number } {
  let best = { offsetMs: 0, correlation: -Infinity };
  for (let lag = 0; lag <= maxLagMs / FRAME_MS; lag++) {
    const length = Math.min(recorded.length, source.length - lag);
    const r = pearson(recorded, source, lag, length);
    if (r > best.correlation) best = { offsetMs: lag * FRAME_MS, correlation: r };
  }
  return best;
}

function pearson(a: Float64Array, b: Float64Array, lag: number, length: number): number {
  let sa = 0,
    sb = 0,
    saa = 0,
    sbb = 0,
    sab = 0;
  for (let i = 0; i < length; i++) {
    const x = a[i]!;
    const y = b[i + lag]!;
    sa += x;
    sb += y;
    saa += x * x;
    sbb += y * y;
    sab += x * y;
  }
  const cov = sab - (sa * sb) / length;
  const va = saa - (sa * sa) / length;
  const vb = sbb - (sb * sb) / length;
  return cov / Math.sqrt(va * vb);
}

/** Decodes a recording (webm/Opus, mp4) to 48 kHz mono float with ffmpeg: a test oracle only. */
export function decodeWithFfmpeg(bytes: Buffer): Float32Array {
  const out = execFileSync(
    'ffmpeg',
    ['-hide_banner', '-loglevel', 'error', '-i', 'pipe:0', '-ac', '1', '-ar', '48000', '-f', 'f32le', 'pipe:1'],
    {
      input: bytes,
      maxBuffer: 512 * 1024 * 1024,
    },
  );
  // Copied out: a Buffer may sit at an offset a Float32Array cannot start at.
  return new Float32Array(out.buffer.slice(out.byteOffset, out.byteOffset + (out.byteLength & ~3)));
}
