import type { FrameSpan } from './speech-spans.js';

export interface SpeechLevel {
  /** RMS level over the voiced frames of speech, dBFS. */
  levelDb: number;
  /** Standard deviation of the per-frame level over the same frames, dB. */
  steadinessDb: number;
}

/**
 * Loudness of the speech and how much it wanders. Only frames inside speech stretches that are above
 * `voicedAboveDb` count: the bridged gaps inside a stretch (stop closures, word joins) are silence and
 * would otherwise drag the level down and inflate the wander. Returns null when no frame qualifies.
 */
export function measureSpeechLevel(levelsDb: Float32Array, spans: readonly FrameSpan[], voicedAboveDb: number): SpeechLevel | null {
  let count = 0;
  let powerSum = 0;
  let dbSum = 0;
  let dbSquareSum = 0;
  for (const span of spans) {
    for (let frame = span.start; frame < span.end; frame++) {
      const level = levelsDb[frame]!;
      if (level <= voicedAboveDb) continue;
      count++;
      // Averaging power, not dB, so loud vowels weigh as they sound: this is the RMS over the speech.
      powerSum += 10 ** (level / 10);
      dbSum += level;
      dbSquareSum += level * level;
    }
  }
  if (count === 0) return null;
  const meanDb = dbSum / count;
  const variance = Math.max(0, dbSquareSum / count - meanDb * meanDb);
  return { levelDb: 10 * Math.log10(powerSum / count), steadinessDb: Math.sqrt(variance) };
}
