import { seededNoise } from './signals.js';

/**
 * A synthetic voice: a harmonic series (the fundamental and its overtones up to 1.5 kHz, falling off at 6 dB an
 * octave, like a glottal source) at a pitch that follows `pitchHz(t)`, shaped into syllables by a
 * raised-cosine envelope. Syllables come `syllableMs` apart in runs ("phrases") separated by pauses.
 */
export interface VoiceOptions {
  sampleRate: number;
  /** Seconds of silence before the first and after the last syllable. */
  edgeS: number;
  phrases: number;
  syllablesPerPhrase: number;
  /** From one syllable's start to the next one's. */
  syllableMs: number;
  pauseS: number;
  /** Pitch at time t (seconds from the first syllable). */
  pitchHz: (t: number) => number;
  /** Background noise peak (uniform), 0 for none. */
  noisePeak?: number;
  /**
   * How far the loudness falls between syllable `i` and the next, as a share of the peak: 0 (the default)
   * is a consonant that stops the voice, 0.8 a sonorant ("m", "r") that barely dents it, as in fast speech.
   */
  joinLevel?: (i: number) => number;
  /** A second, lower hump inside every syllable, dipping to this share of the peak: the ripple of one long vowel. */
  rippleLevel?: number;
}

export function syntheticVoice(o: VoiceOptions): { samples: Float32Array; syllables: number; spanS: number } {
  const phraseS = (o.syllablesPerPhrase * o.syllableMs) / 1000;
  const spanS = o.phrases * phraseS + (o.phrases - 1) * o.pauseS;
  const total = Math.round((spanS + 2 * o.edgeS) * o.sampleRate);
  const samples = new Float32Array(total);
  const noise = seededNoise(11);
  let phase = 0;
  for (let i = 0; i < total; i++) {
    const t = i / o.sampleRate - o.edgeS;
    const f0 = o.pitchHz(Math.max(0, t));
    phase += (2 * Math.PI * f0) / o.sampleRate;
    let envelope = 0;
    if (t >= 0 && t < spanS) {
      const inPhrase = t % (phraseS + o.pauseS);
      if (inPhrase < phraseS) {
        // Each syllable: a rise and fall over 80 % of its slot, then a short dip (the consonant), which
        // joinLevel can keep from falling all the way (within a phrase: it falls to 0 before a pause).
        const x = ((inPhrase * 1000) % o.syllableMs) / (o.syllableMs * 0.8);
        const index = Math.floor((inPhrase * 1000) / o.syllableMs);
        const last = index === o.syllablesPerPhrase - 1;
        const before = index > 0 ? (o.joinLevel?.(index - 1) ?? 0) : 0;
        const after = last ? 0 : (o.joinLevel?.(index) ?? 0);
        const hump = (floor: number, y: number) => floor + (1 - floor) * (0.5 - 0.5 * Math.cos(2 * Math.PI * y));
        // Rising from the join before, falling to the join after (each half of the hump has its own floor).
        envelope = x < 1 ? hump(x < 0.5 ? before : after, x) : after;
        // The ripple: a narrow dent at the middle of the syllable, splitting its hump in two.
        if (o.rippleLevel !== undefined && x < 1) envelope *= 1 - (1 - o.rippleLevel) * Math.exp(-(((x - 0.5) / 0.08) ** 2));
      }
    }
    let voice = 0;
    for (let h = 1; h * f0 < 1500; h++) voice += Math.sin(h * phase) / h;
    samples[i] = 0.2 * envelope * voice + (o.noisePeak ?? 0) * (2 * noise() - 1);
  }
  return { samples, syllables: o.phrases * o.syllablesPerPhrase, spanS };
}
