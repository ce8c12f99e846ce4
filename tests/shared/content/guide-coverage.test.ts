import { describe, expect, it } from 'vitest';
import { checkGuideCoverage, guideSections, normalizeQuote } from '#shared/content/guide-coverage.js';
import type { Library } from '#shared/content/schema.js';

const GUIDE = [
  'An introduction that is not advice.',
  'Organization is key in this role. Highlight your ability to prioritize tasks.',
  'Convey warmth, empathy, and active listening skills.',
  'After the interview, send a thank-you note.',
  'A: An answer to a frequently asked question.',
  'Some resources.',
].join('\n');

const criterion = (id: string, guideQuote?: string) => ({
  id,
  label: id,
  meaning: 'm',
  listenFor: 'l',
  guideSection: 's',
  ...(guideQuote ? { guideQuote } : { source: 'coaching' as const }),
});
const library = (criteria: Library['criteria'], itemQuote?: string): Pick<Library, 'criteria' | 'checklists'> => ({
  criteria,
  checklists: [{ id: 'after', title: 'After', items: [{ id: 'note', text: 'Send a note', ...(itemQuote ? { guideQuote: itemQuote } : {}) }] }],
});

describe('guide coverage', () => {
  it('takes the paragraphs of advice as sections: not the introduction, the answers or what follows', () => {
    expect(guideSections(GUIDE)).toEqual([
      'Organization is key in this role. Highlight your ability to prioritize tasks.',
      'Convey warmth, empathy, and active listening skills.',
      'After the interview, send a thank-you note.',
    ]);
  });

  it('passes when every section is quoted, ignoring case, spacing and quote marks', () => {
    const lib = library([criterion('organization', 'highlight your  ability to prioritize tasks'), criterion('empathy', 'warmth, empathy'), criterion('length')], 'send a thank-you note');
    expect(checkGuideCoverage(GUIDE, lib, 'guide.txt')).toEqual([]);
    expect(normalizeQuote('You’re “here”')).toBe(`you're "here"`);
  });

  it('reports a quote the guide does not contain, and a section nobody quotes', () => {
    const lib = library([criterion('organization', 'Organization is key'), criterion('empathy', 'Be a people person')]);
    expect(checkGuideCoverage(GUIDE, lib, 'guide.txt')).toEqual([
      { file: 'criteria.json', path: 'criteria[1].guideQuote', message: 'not found in the guide (guide.txt): "Be a people person"' },
      { file: 'guide.txt', path: '', message: expect.stringMatching(/^section 2 \("Convey warmth/) },
      { file: 'guide.txt', path: '', message: expect.stringMatching(/^section 3 \("After the interview/) },
    ]);
  });
});
