/**
 * Syllables per word, for turning counted syllables into words per minute: 1.35.
 *
 * Where it comes from: the sentences of the evaluation's tuning set (tests/support/pace-sets.ts),
 * written as spoken interview answers, have 1.35 syllables a word when each word's syllables are counted
 * from espeak-ng's phonemes (tests/support/syllables-per-word.ts); the syllable finder, on the same
 * recordings, finds 1.35 nuclei per spoken word at the median (1.34 before the dip adapted to fast
 * speech). Plain spoken English usually runs at about 1.3–1.5 (written prose higher: the app's own
 * "what to listen for" notes come to 1.56). A speaker
 * who favors long words therefore reads a little fast, and one who favors short words a little slow:
 * without a transcript no figure can know which words were said.
 */
export const SYLLABLES_PER_WORD = 1.35;

/** Fewer syllables than this, or less than MIN_SPAN_MS of answer, is too little to give a pace. */
const MIN_SYLLABLES = 5;
const MIN_SPAN_MS = 2000;

export interface Pace {
  /** Syllables per second from the first word to the last, pauses included. */
  syllablesPerSecond: number;
  /** Syllables per second of speaking time: pauses of 250 ms or more left out. */
  articulationRate: number;
  /** Estimated words per minute from the first word to the last, pauses included. */
  wordsPerMinute: number;
}

export function paceOf(syllableCount: number, answerSpanMs: number, speakingMs: number): Pace | null {
  if (syllableCount < MIN_SYLLABLES || answerSpanMs < MIN_SPAN_MS || speakingMs <= 0) return null;
  const perSecond = syllableCount / (answerSpanMs / 1000);
  return {
    syllablesPerSecond: roundTo(perSecond, 100),
    articulationRate: roundTo(syllableCount / (speakingMs / 1000), 100),
    wordsPerMinute: Math.round((perSecond * 60) / SYLLABLES_PER_WORD),
  };
}

function roundTo(value: number, steps: number): number {
  return Math.round(value * steps) / steps;
}
