import { describe, expect, it } from 'vitest';
import { cleanStrings, cleanText } from '#shared/content/clean-text.js';

/** Shown as typed it reads "Call the patient back about the 12:00 visit" with the time flipped to "00:21". */
const FLIPPING = 'Call the patient back about the \u202E00:21\u202C visit';

describe('cleanText', () => {
  it('removes a right-to-left override that would flip the text on screen', () => {
    expect(cleanText(FLIPPING)).toBe('Call the patient back about the 00:21 visit');
    expect(cleanText('\u2067isolated\u2069 \u200Fmark\u200E \u061Calm')).toBe('isolated mark alm');
  });

  it('removes zero-width spaces, word joiners, byte-order marks and control characters', () => {
    expect(cleanText('\uFEFFEp\u200Bic \u2060training\u0007\u001B')).toBe('Epic training');
  });

  it('keeps line breaks, tabs, accents, emoji sequences and the joiners scripts need', () => {
    expect(cleanText('line one\r\nline two\rthree\u2028four\tend')).toBe('line one\nline two\nthree\nfour\tend');
    expect(cleanText('re\u0301sume\u0301')).toBe('résumé'); // composed
    expect(cleanText('👩\u200D⚕️ nurse')).toBe('👩\u200D⚕️ nurse');
    expect(cleanText('می\u200Cخواهم')).toBe('می\u200Cخواهم');
    expect(cleanText('مرحبا بالمريض')).toBe('مرحبا بالمريض');
  });
});

describe('cleanStrings', () => {
  it('cleans every string in fields, lists and maps and keeps other values', () => {
    expect(cleanStrings({ a: FLIPPING, list: ['\u202Ex'], notes: { star: '\u200By' }, rating: 4, none: null, on: true })).toEqual({
      a: 'Call the patient back about the 00:21 visit',
      list: ['x'],
      notes: { star: 'y' },
      rating: 4,
      none: null,
      on: true,
    });
  });
});
