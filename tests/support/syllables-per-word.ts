import { execFileSync } from 'node:child_process';

/**
 * Syllables in English text, counted as the vowel nuclei of espeak-ng's IPA transcription (a diphthong
 * such as "eɪ" is one nucleus; a syllabic consonant such as the "l̩" of "bottle" one too). Used for the
 * evaluation's syllable truth, and to derive the syllables-per-word figure of shared/analysis/pace.ts:
 * `npx tsx tests/support/syllables-per-word.ts` prints it for the app's own content.
 */
const VOWELS = 'aeiouyæɑɒɔəɛɜɪʊʌɐᵻɚɝøœɘɵɤɯɨʉ';

export function countSyllables(text: string): number {
  const ipa = execFileSync('espeak-ng', ['-q', '--ipa', '-v', 'en-us', text], { encoding: 'utf8' });
  let count = 0;
  let inVowel = false;
  for (const ch of ipa.normalize('NFD')) {
    const vowel = VOWELS.includes(ch);
    if (vowel && !inVowel) count++;
    // U+0329 COMBINING VERTICAL LINE BELOW marks a syllabic consonant.
    if (ch === '\u0329') count++;
    if (!/[\u0300-\u036f\u02d0\u02d1]/.test(ch)) inVowel = vowel; // length marks and diacritics stay in the vowel
  }
  return count;
}
