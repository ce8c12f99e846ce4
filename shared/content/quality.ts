import { findNearDuplicates } from './near-duplicates.js';
import { findPlaceholder } from './placeholders.js';
import type { Checklist, Criterion, Question } from './schema.js';
import type { ContentError, Located } from './validate.js';

/** The STAR criterion: it belongs on "tell me about a time" questions and nowhere else. */
const STAR = 'star';

type Parsed = { criteria: Located<Criterion>[]; checklists: Located<Checklist>[]; questions: Located<Question>[] };

/** Every text field of an item, with its path below the item, for the placeholder check. */
function textFields(value: object, path: string): { path: string; text: string }[] {
  const out: { path: string; text: string }[] = [];
  for (const [key, field] of Object.entries(value)) {
    if (typeof field === 'string') out.push({ path: `${path}.${key}`, text: field });
    else if (Array.isArray(field)) field.forEach((item, i) => out.push(...(typeof item === 'string' ? [{ path: `${path}.${key}[${i}]`, text: item }] : typeof item === 'object' && item ? textFields(item as object, `${path}.${key}[${i}]`) : [])));
  }
  return out;
}

/**
 * What makes a well-formed bank a good one to rehearse with: no unfinished text, questions that
 * each practice something different, STAR only where a story is asked for, must-haves that can be
 * told apart, and advice that says whether it is the guide's or coaching.
 */
export function checkQuality({ criteria, checklists, questions }: Parsed, errors: ContentError[]): void {
  for (const item of [...criteria, ...checklists, ...questions]) {
    for (const { path, text } of textFields(item.value, item.path)) {
      const found = findPlaceholder(text);
      if (found) errors.push({ file: item.file, path, message: `placeholder text "${found}"` });
    }
  }

  const sameWords = (a: string, b: string) => a.toLowerCase().replace(/\W+/g, '') === b.toLowerCase().replace(/\W+/g, '');
  for (const pair of findNearDuplicates(questions.map((q) => q.value))) {
    const a = questions[pair.first]!;
    const b = questions[pair.second]!;
    if (sameWords(a.value.text, b.value.text)) continue; // already reported as the same question text
    errors.push({
      file: b.file,
      path: `${b.path}.text`,
      message: `near-duplicate of "${a.value.id}" (${a.file}): ${Math.round(pair.similarity * 100)}% of words shared; rewrite one, or allow the pair in shared/content/near-duplicates.ts`,
    });
  }

  for (const q of questions) {
    const { answerType, criteriaIds, mustHaves = [] } = q.value;
    const hasStar = criteriaIds.includes(STAR);
    if (answerType === 'behavioral' && !hasStar) {
      errors.push({ file: q.file, path: `${q.path}.criteriaIds`, message: `a behavioral question is judged on "${STAR}"` });
    }
    if (answerType !== undefined && answerType !== 'behavioral' && hasStar) {
      errors.push({ file: q.file, path: `${q.path}.criteriaIds`, message: `"${STAR}" only fits behavioral questions, not ${answerType} ones` });
    }
    const seen = new Set<string>();
    mustHaves.forEach((m, i) => {
      if (seen.has(m.id)) errors.push({ file: q.file, path: `${q.path}.mustHaves[${i}].id`, message: `duplicate must-have id "${m.id}"` });
      seen.add(m.id);
    });
  }

  const needsQuote = (source: string | undefined, quote: string | undefined, file: string, path: string) => {
    if (source !== 'coaching' && !quote) {
      errors.push({ file, path, message: 'advice from the guide needs a guideQuote (its words); otherwise mark it "source": "coaching"' });
    }
  };
  for (const c of criteria) needsQuote(c.value.source, c.value.guideQuote, c.file, c.path);
  for (const list of checklists) {
    list.value.items.forEach((item, i) => needsQuote(item.source, item.guideQuote, list.file, `${list.path}.items[${i}]`));
  }
}
