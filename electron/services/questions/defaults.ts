import type { Criterion, MustHave, Question } from '#shared/content/schema.js';
import type { CustomQuestionDraft } from '#shared/schemas/questions.js';

export const DEFAULT_STAR_HINT =
  'Answer with one real story: the Situation, the Task that fell to you, the Action you took yourself, and the Result, with a number if you can.';
export const DEFAULT_FOLLOW_UP = 'What would you do differently next time?';
export const DEFAULT_DIFFICULTY = 'medium';

/** "A concrete example" → "a concrete example"; "EHR and …" and "STAR …" keep their capitals. */
const asPhrase = (label: string) => (/^[A-Z]{2}/.test(label) ? label : label.charAt(0).toLowerCase() + label.slice(1));

/** "a; b; and c": labels hold their own commas and "and" ("warmth, empathy and active listening"), so semicolons part them. */
function listOf(phrases: string[]): string {
  if (phrases.length <= 1) return phrases.join('');
  return `${phrases.slice(0, -1).join('; ')}; and ${phrases.at(-1)}`;
}

/**
 * What the interviewer listens for when the user left it empty: the criteria they chose, in words,
 * so the review screen still says what to listen back for.
 */
export function defaultListenFor(criteriaIds: readonly string[], criteria: readonly Criterion[]): string {
  const labels = criteriaIds.map((id) => criteria.find((c) => c.id === id)?.label).filter((l): l is string => l !== undefined);
  return `Whether the answer shows ${listOf(labels.map(asPhrase))}. Each criterion in the review says how to hear it on the recording.`;
}

/**
 * Must-haves from the user's lines, each with an id made from its words ("Ask for ID" → "ask-for-id"),
 * numbered when two come out the same; marks are kept by these ids.
 */
export function mustHavesFrom(lines: readonly string[]): MustHave[] {
  const taken = new Set<string>();
  return lines
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .map((text) => {
      const slug = text
        .toLowerCase()
        .normalize('NFKD')
        .replace(/[^a-z0-9]+/g, '-')
        .replace(/^-+|-+$/g, '');
      // Short enough to read in an export, cut between words.
      const base = (slug.length > 40 ? slug.slice(0, 41).replace(/-[^-]*$/, '') : slug) || 'point';
      let id = base;
      for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
      taken.add(id);
      return { id, text };
    });
}

/**
 * The question as it is kept: the draft with its optional parts filled, criteria in the guide's
 * order without repeats, and empty follow-ups dropped. Ids and dates are the store's business.
 */
export function completeDraft(draft: CustomQuestionDraft, criteria: readonly Criterion[]): Omit<Question, 'id'> {
  const chosen = new Set(draft.criteriaIds);
  const known = criteria.filter((c) => chosen.has(c.id)).map((c) => c.id);
  // Ids the guide does not have stay at the end, so the caller's check can name them.
  const criteriaIds = [...known, ...[...chosen].filter((id) => !known.includes(id))];
  const followUps = (draft.followUps ?? []).filter((f) => f.trim() !== '');
  const mustHaves = mustHavesFrom(draft.mustHaves ?? []);
  return {
    text: draft.text,
    categoryId: draft.categoryId,
    criteriaIds,
    listenFor: draft.listenFor ?? defaultListenFor(criteriaIds, criteria),
    starHint: draft.starHint ?? DEFAULT_STAR_HINT,
    followUps: followUps.length > 0 ? followUps : [DEFAULT_FOLLOW_UP],
    difficulty: draft.difficulty ?? DEFAULT_DIFFICULTY,
    ...(mustHaves.length > 0 ? { mustHaves } : {}),
  };
}
