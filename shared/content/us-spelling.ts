/**
 * The app's users interview in US healthcare, so content and UI text use American spelling. Each
 * entry matches whole words only (so an identifier like `onPractise` is left to the code's own
 * conventions) and says what to write instead.
 */
export const BRITISH_SPELLINGS: readonly (readonly [RegExp, string])[] = [
  [/\bpractis(?:e|es|ed|ing)\b/gi, 'practice, practiced, practicing'],
  [/\bcolour(?:s|ed|ful|ing)?\b/gi, 'color'],
  [/\bbehaviour(?:s|al|ally)?\b/gi, 'behavior, behavioral'],
  [/\borganis(?:e|es|ed|ing|ation|ations|ational|er|ers)\b/gi, 'organize, organization'],
  [
    /\b(?:recognis|realis|prioritis|apologis|summaris|minimis|customis|emphasis|utilis|specialis|familiaris|authoris|finalis|categoris|personalis)(?:e|es|ed|ing|ation|ations)\b/gi,
    'the -ize, -ization form',
  ],
  [/\banalys(?:e|ed|es|ing)\b/gi, 'analyze'],
  [/\bfavour(?:s|ed|ite|ites|able)?\b/gi, 'favor, favorite'],
  [/\bhonour(?:s|ed|able)?\b/gi, 'honor'],
  [/\bneighbour(?:s|hood|hoods|ing)?\b/gi, 'neighbor, neighborhood'],
  [/\b(?:labour|humour|tumour|rumour|vapour)s?\b/gi, 'labor, humor, tumor'],
  [/\bcentres?\b/gi, 'center'],
  [/\bcatalogues?\b/gi, 'catalog'],
  [/\blicence\b/gi, 'license'],
  [/\bdefence\b/gi, 'defense'],
  [/\bcheques?\b/gi, 'check'],
  [/\bprogrammes?\b/gi, 'program'],
  [/\benrol(?:s|ment)?\b/gi, 'enroll, enrollment'],
  [/\b(?:travell|labell|modell)(?:ed|ing)\b/gi, 'traveled, labeled, modeled'],
  [/\b(?:paediatric|haematolog|anaesthe|oesophag|gynaecolog|orthopaed)\w*/gi, 'pediatric, hematology, anesthesia'],
  [/\b(?:whilst|amongst|learnt|spelt)\b/gi, 'while, among, learned, spelled'],
  [/\bmums?\b/gi, 'mom'],
  [/\bCVs?\b/g, 'résumé'],
  [/\bjudgement\b/gi, 'judgment'],
  [/\bgrey\b/gi, 'gray'],
];

export type SpellingHit = { word: string; suggestion: string; index: number };

/** Every British spelling in the text, in order of where it appears. */
export function findBritishSpellings(text: string): SpellingHit[] {
  const hits: SpellingHit[] = [];
  for (const [pattern, suggestion] of BRITISH_SPELLINGS) {
    pattern.lastIndex = 0;
    for (const match of text.matchAll(pattern)) hits.push({ word: match[0], suggestion, index: match.index });
  }
  return hits.sort((a, b) => a.index - b.index);
}
