import type { Question } from '#shared/content/schema.js';
import type { ArchivedCustomQuestion } from '#shared/schemas/archive.js';
import type { ConflictChoice } from '#shared/schemas/imports.js';
import { MAX_CUSTOM_QUESTIONS, type StoredCustomQuestion } from '#shared/schemas/questions.js';
import { canonicalJson } from '#electron/services/archive/canonical-json.js';

/** What an import needs of the user's questions (electron/services/questions/). */
export interface CustomQuestionsPort {
  get(id: string): StoredCustomQuestion | undefined;
  list(): readonly StoredCustomQuestion[];
  /** Why a question cannot be kept here (a category or criterion this build lacks, a built-in id), or null. */
  problemWith(question: Question): string | null;
  /** Adds or replaces these in one durable write; answers how to undo it. */
  putAll(questions: readonly StoredCustomQuestion[]): Promise<() => Promise<void>>;
}

/** How one question of the archive relates to what is here; the same ideas as answers (import-plan.ts). */
export type QuestionPlanItem =
  | { kind: 'new'; imported: StoredCustomQuestion }
  | { kind: 'identical' }
  /** Edited differently here and there: the user's conflict choice decides, the newer edit by default. */
  | { kind: 'conflict'; mine: StoredCustomQuestion; imported: StoredCustomQuestion; newer: 'mine' | 'imported' }
  | { kind: 'skipped'; id: string; reason: string };

/** A question's own words and settings, without its dates, in one fixed field order (so equal questions give equal bytes). */
export const contentOf = (q: Question): Question => ({
  id: q.id,
  text: q.text,
  categoryId: q.categoryId,
  criteriaIds: q.criteriaIds,
  listenFor: q.listenFor,
  starHint: q.starHint,
  followUps: q.followUps,
  difficulty: q.difficulty,
  // Only when there are some, so a question written before must-haves keeps its bytes.
  ...(q.mustHaves && q.mustHaves.length > 0 ? { mustHaves: q.mustHaves } : {}),
});

/** An archive from before questions carried dates counts as written when it was exported, and never as newer than an edit here. */
function withDates(q: ArchivedCustomQuestion, exportedAt: string): StoredCustomQuestion {
  return { ...contentOf(q), createdAt: q.createdAt ?? q.updatedAt ?? exportedAt, updatedAt: q.updatedAt ?? q.createdAt ?? exportedAt };
}

export function planQuestions(
  archived: readonly ArchivedCustomQuestion[],
  port: CustomQuestionsPort,
  exportedAt: string,
): QuestionPlanItem[] {
  const seen = new Set<string>();
  let room = MAX_CUSTOM_QUESTIONS - port.list().length;
  return archived.map((raw): QuestionPlanItem => {
    if (seen.has(raw.id)) return { kind: 'skipped', id: raw.id, reason: 'listed twice in the archive' };
    seen.add(raw.id);
    const problem = port.problemWith(contentOf(raw));
    if (problem) return { kind: 'skipped', id: raw.id, reason: problem };
    const imported = withDates(raw, exportedAt);
    const mine = port.get(raw.id);
    if (!mine) {
      if (room <= 0) return { kind: 'skipped', id: raw.id, reason: `you already have ${MAX_CUSTOM_QUESTIONS} questions of your own` };
      room--;
      return { kind: 'new', imported };
    }
    if (canonicalJson(contentOf(mine)) === canonicalJson(contentOf(imported))) return { kind: 'identical' };
    // A tie keeps yours, as for answers; an archive question without dates is never the newer one.
    const newer = raw.updatedAt !== undefined && Date.parse(raw.updatedAt) > Date.parse(mine.updatedAt) ? 'imported' : 'mine';
    return { kind: 'conflict', mine, imported, newer };
  });
}

/** The questions to write for a choice: new ones, and conflicts the archive's side wins. */
export function questionChangesFor(plan: readonly QuestionPlanItem[], choice: ConflictChoice): StoredCustomQuestion[] {
  const writes: StoredCustomQuestion[] = [];
  for (const item of plan) {
    if (item.kind === 'new') writes.push(item.imported);
    if (item.kind !== 'conflict') continue;
    const side = choice === 'keep_mine' ? 'mine' : choice === 'take_imported' ? 'imported' : item.newer;
    // The copy taken keeps the creation date it has here: it is still the same question.
    if (side === 'imported') writes.push({ ...item.imported, createdAt: item.mine.createdAt });
  }
  return writes;
}

export function questionPlanCounts(plan: readonly QuestionPlanItem[]) {
  const count = (kind: QuestionPlanItem['kind']) => plan.filter((p) => p.kind === kind).length;
  return { new: count('new'), identical: count('identical'), conflicts: count('conflict'), skipped: count('skipped') };
}
