import type { Library } from './schema.js';
import type { ContentError } from './validate.js';

/**
 * The bank claims to follow the Patient Coordinator guide. A label like "Interpersonal skills" is
 * only the content naming itself, so this checks the guide's own words instead: every quote the
 * content gives is found in the guide, and every section of the guide's advice is quoted at least once.
 */

/** Same words whatever the spacing, case or quote marks (the guide mixes ’ and '). */
export const normalizeQuote = (text: string): string =>
  text
    .replace(/[‘’]/g, "'")
    .replace(/[“”]/g, '"')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();

/**
 * The guide's sections of advice: its paragraphs after the introduction and before the questions
 * and answers ("A: …") and the list of resources. The guide has no headings, so a paragraph is a section.
 */
export function guideSections(guide: string): string[] {
  const paragraphs = guide
    .split(/\r?\n/)
    .map((p) => p.trim())
    .filter((p) => p !== '');
  const end = paragraphs.findIndex((p) => p.startsWith('A:'));
  return paragraphs.slice(1, end === -1 ? paragraphs.length : end);
}

type Quoted = { file: string; path: string; quote: string };

function quotesOf(library: Pick<Library, 'criteria' | 'checklists'>): Quoted[] {
  const quotes: Quoted[] = [];
  library.criteria.forEach((c, i) => {
    if (c.guideQuote) quotes.push({ file: 'criteria.json', path: `criteria[${i}].guideQuote`, quote: c.guideQuote });
  });
  library.checklists.forEach((list, i) =>
    list.items.forEach((item, j) => {
      if (item.guideQuote) quotes.push({ file: 'checklists.json', path: `checklists[${i}].items[${j}].guideQuote`, quote: item.guideQuote });
    }),
  );
  return quotes;
}

const preview = (text: string) => (text.length > 60 ? `${text.slice(0, 60)}…` : text);

/** Quotes not in the guide, and guide sections no quote comes from; empty when the bank covers the guide. */
export function checkGuideCoverage(guide: string, library: Pick<Library, 'criteria' | 'checklists'>, guideName: string): ContentError[] {
  const errors: ContentError[] = [];
  const whole = normalizeQuote(guide);
  const quotes = quotesOf(library);
  for (const q of quotes) {
    if (!whole.includes(normalizeQuote(q.quote))) {
      errors.push({ file: q.file, path: q.path, message: `not found in the guide (${guideName}): "${preview(q.quote)}"` });
    }
  }
  guideSections(guide).forEach((section, i) => {
    const text = normalizeQuote(section);
    if (!quotes.some((q) => text.includes(normalizeQuote(q.quote)))) {
      errors.push({
        file: guideName,
        path: '',
        message: `section ${i + 1} ("${preview(section)}") is quoted by no criterion or checklist item`,
      });
    }
  });
  return errors;
}
