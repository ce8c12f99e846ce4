import { describe, expect, it } from 'vitest';
import { findBritishSpellings } from '#shared/content/us-spelling.js';

const words = (text: string) => findBritishSpellings(text).map((h) => h.word);

describe('British spellings', () => {
  it('finds the common ones, whatever the case', () => {
    expect(words('Practise the colour-coded behavioural questions; the organisation practised it.')).toEqual([
      'Practise',
      'colour',
      'behavioural',
      'organisation',
      'practised',
    ]);
    expect(words('Send your CV to the neighbourhood centre and prioritise.')).toEqual(['CV', 'neighbourhood', 'centre', 'prioritise']);
  });

  it('leaves American spellings and look-alikes alone', () => {
    expect(words('Practice, practiced, color, behavioral, organization, center, résumé, emphasis, specialist, canceled, labeled')).toEqual([]);
    expect(words('cv is not CV')).toEqual(['CV']);
  });

  it('leaves identifiers alone: only whole words count', () => {
    expect(words('onPractice questionsPractised lastPractisedAt')).toEqual([]);
  });

  it('says where each one is and what to write instead', () => {
    expect(findBritishSpellings('a colour')).toEqual([{ word: 'colour', suggestion: 'color', index: 2 }]);
  });
});
