/**
 * Near-duplicate questions: two questions whose texts share most of their meaningful words practice
 * the same thing twice. Word overlap only catches rewordings ("Tell me about a time you resolved a
 * conflict" / "Describe a time you resolved a conflict"); paraphrases with different words still
 * need a human eye, which is why the bank's second edition also rewrote such groups by hand.
 */

/** Jaccard similarity of the two texts' content words at or above which two questions are flagged. */
export const NEAR_DUPLICATE_THRESHOLD = 0.5;

/**
 * Pairs of question ids that may stay similar on purpose, each with the reason. A pair is written
 * in either order. Empty today: every flagged pair in the second edition was rewritten instead.
 */
export const NEAR_DUPLICATE_ALLOWED: readonly (readonly [string, string, string])[] = [];

/**
 * Words that carry no topic: English function words, and the frames every interview question uses
 * ("tell me about a time", "walk me through", "a patient"), which would make any two stories look alike.
 */
const STOP_WORDS = new Set(
  (
    'a an the and or but of to in on at for with from by as is are was were be been it its this that these those ' +
    'you your yours we our us they their them he she his her i me my what which who whom when where why how ' +
    'do does did would could should can will have has had not no any some there here if then than so about into ' +
    'over after before during while just also more most very too one two ' +
    'tell time describe give example walk through patient patients something someone way make sure get'
  ).split(' '),
);

/** Crude stemming, enough to match "scheduling" with "schedule" and "patients" with "patient". */
const stem = (word: string): string => word.replace(/(ing|ed|es|s|ly)$/, '');

/** The set of content words of a question, lowercased and stemmed. */
export function contentWords(text: string): Set<string> {
  const words = text
    .toLowerCase()
    .replace(/['’]/g, '')
    .split(/[^a-z0-9]+/)
    .filter((w) => w.length > 2 && !STOP_WORDS.has(w))
    .map(stem)
    .filter((w) => w.length > 1 && !STOP_WORDS.has(w));
  return new Set(words);
}

/** Shared words over all words of the two (Jaccard); 0 when either has none. */
export function wordOverlap(a: string, b: string): number {
  const wa = contentWords(a);
  const wb = contentWords(b);
  if (wa.size === 0 || wb.size === 0) return 0;
  let shared = 0;
  for (const w of wa) if (wb.has(w)) shared++;
  return shared / (wa.size + wb.size - shared);
}

export type NearDuplicate = { first: number; second: number; similarity: number };

/**
 * Every pair of questions at or above the threshold and not on the allow-list, by index into the
 * list given (`first` < `second`), so the caller can name the files they came from.
 */
export function findNearDuplicates(
  questions: readonly { id: string; text: string }[],
  threshold = NEAR_DUPLICATE_THRESHOLD,
  allowed: readonly (readonly [string, string, ...unknown[]])[] = NEAR_DUPLICATE_ALLOWED,
): NearDuplicate[] {
  const isAllowed = (a: string, b: string) => allowed.some(([x, y]) => (x === a && y === b) || (x === b && y === a));
  const found: NearDuplicate[] = [];
  for (let i = 0; i < questions.length; i++) {
    for (let j = i + 1; j < questions.length; j++) {
      const a = questions[i]!;
      const b = questions[j]!;
      const similarity = wordOverlap(a.text, b.text);
      if (similarity >= threshold && !isAllowed(a.id, b.id)) found.push({ first: i, second: j, similarity });
    }
  }
  return found;
}
