/**
 * Words for pace and pitch variety, shared by the review, the reports and the self-review notes, so
 * every place calls the same take "comfortable" or "fast".
 */

/**
 * About 120–160 words a minute is comfortable to follow: the middle of what speaking coaches advise
 * for presentations and interviews, inside the 100–165 band outside which PowerPoint's Speaker Coach
 * flags a pace. "Clearly" fast or slow starts 20 words a minute beyond it, more than the estimate's
 * typical error (see README, "How accurate pace is"), so a borderline take is never told off.
 */
export const COMFORTABLE_WPM = { min: 120, max: 160 } as const;
const CLEARLY_OUTSIDE_WPM = 20;

export type PaceBand = 'slow' | 'a_little_slow' | 'comfortable' | 'a_little_fast' | 'fast';

export function paceBand(wordsPerMinute: number): PaceBand {
  const { min, max } = COMFORTABLE_WPM;
  if (wordsPerMinute < min - CLEARLY_OUTSIDE_WPM) return 'slow';
  if (wordsPerMinute < min) return 'a_little_slow';
  if (wordsPerMinute <= max) return 'comfortable';
  if (wordsPerMinute <= max + CLEARLY_OUTSIDE_WPM) return 'a_little_fast';
  return 'fast';
}

export const PACE_WORDS: Record<PaceBand, string> = {
  slow: 'slow',
  a_little_slow: 'a little slow',
  comfortable: 'comfortable',
  a_little_fast: 'a little fast',
  fast: 'fast',
};

export type VarietyBand = 'monotone' | 'some' | 'lively';

/**
 * Pitch variety in words. The figure is in semitones, so it is already relative to the speaker's own
 * voice: a low voice and a high one telling the same story with the same melody get the same number.
 * "Fairly monotone" needs both a narrow spread (under 1 semitone, where lively conversation runs at
 * 2–4) and a narrow range (under 4 semitones from the 5th to the 95th percentile): only clearly flat
 * delivery, never a calm one. Without a range (an average over days), the spread alone must be under 0.8.
 */
export function varietyBand(variety: number, rangeSemitones: number | null): VarietyBand {
  if (rangeSemitones === null ? variety < 0.8 : variety < 1 && rangeSemitones < 4) return 'monotone';
  if (variety >= 2) return 'lively';
  return 'some';
}

export const VARIETY_WORDS: Record<VarietyBand, string> = {
  monotone: 'fairly monotone',
  some: 'some variety',
  lively: 'lively',
};
