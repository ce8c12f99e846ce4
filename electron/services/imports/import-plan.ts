import type { Attempt } from '#shared/schemas/attempt.js';
import type { ConflictChoice, ImportConflict } from '#shared/schemas/imports.js';
import { containerOf } from '#electron/services/recordings/containers/containers.js';
import { canonicalJson } from '#electron/services/archive/canonical-json.js';

/** How one answer of the archive relates to what is here. */
export type PlanItem =
  | { kind: 'new'; imported: Attempt }
  | { kind: 'identical'; mine: Attempt }
  /** Same review; the archive brings what is missing here (audio deleted by retention, measurements). */
  | { kind: 'complete'; mine: Attempt; imported: Attempt }
  /** Different reviews: the user chooses, or the newer wins. */
  | { kind: 'conflict'; mine: Attempt; imported: Attempt; newer: 'mine' | 'imported' };

/** One attempt to write: `before` null means it is new here; `recordingFromArchive` means copy its audio in. */
export type Change = { before: Attempt | null; after: Attempt; recordingFromArchive: boolean };

/** What the user judged, as opposed to what was measured or stored: a difference here is a real conflict. */
const judgement = (a: Attempt) =>
  canonicalJson({
    questionId: a.questionId,
    createdAt: a.createdAt,
    recovered: a.recovered,
    review: a.review,
    reviewedAt: a.reviewedAt,
    starMarks: a.starMarks,
  });

const reviewedMs = (a: Attempt) => (a.reviewedAt ? Date.parse(a.reviewedAt) : -Infinity);

export function planImport(imported: readonly Attempt[], local: (id: string) => Attempt | undefined): PlanItem[] {
  return imported.map((theirs): PlanItem => {
    const mine = local(theirs.id);
    if (!mine) return { kind: 'new', imported: theirs };
    if (canonicalJson(mine) === canonicalJson(theirs)) return { kind: 'identical', mine };
    if (judgement(mine) === judgement(theirs)) {
      const merged = combine(mine, theirs).after;
      return canonicalJson(merged) === canonicalJson(mine) ? { kind: 'identical', mine } : { kind: 'complete', mine, imported: theirs };
    }
    // A tie keeps yours: nothing here is overwritten unless the archive's review is strictly newer.
    return { kind: 'conflict', mine, imported: theirs, newer: reviewedMs(theirs) > reviewedMs(mine) ? 'imported' : 'mine' };
  });
}

/**
 * The chosen side's answer, with the other side's audio and measurements where the chosen side
 * has none: a choice between reviews never throws audio away. The audio is copied from the
 * archive only when it is the archive's and the file here is not already the same one.
 */
function combine(mine: Attempt, imported: Attempt, chosen: 'mine' | 'imported' = 'mine'): Change {
  const [first, other] = chosen === 'mine' ? [mine, imported] : [imported, mine];
  let after: Attempt = { ...first };
  let audioFrom: 'mine' | 'imported' | null = first.hasRecording ? chosen : null;
  if (!first.hasRecording && other.hasRecording) {
    const { hasRecording, mimeType, sizeBytes, durationMs } = other;
    after = { ...after, hasRecording, mimeType, sizeBytes, durationMs };
    audioFrom = chosen === 'mine' ? 'imported' : 'mine';
  }
  if (after.measurements === null && other.measurements !== null) after = { ...after, measurements: other.measurements };
  const sameFileHere =
    mine.hasRecording && containerOf(mine.mimeType) === containerOf(after.mimeType) && mine.sizeBytes === after.sizeBytes;
  return { before: mine, after, recordingFromArchive: audioFrom === 'imported' && !sameFileHere };
}

/** The writes an import makes for a choice; unchanged answers make none. */
export function changesFor(plan: readonly PlanItem[], choice: ConflictChoice): Change[] {
  const changes: Change[] = [];
  for (const item of plan) {
    if (item.kind === 'identical') continue;
    if (item.kind === 'new') {
      changes.push({ before: null, after: item.imported, recordingFromArchive: item.imported.hasRecording });
      continue;
    }
    const side = item.kind === 'complete' ? 'mine' : choice === 'keep_mine' ? 'mine' : choice === 'take_imported' ? 'imported' : item.newer;
    const change = combine(item.mine, item.imported, side);
    if (canonicalJson(change.after) !== canonicalJson(item.mine)) changes.push(change);
  }
  return changes;
}

export function conflictSummary(item: Extract<PlanItem, { kind: 'conflict' }>): ImportConflict {
  return {
    attemptId: item.mine.id,
    questionId: item.mine.questionId,
    createdAt: item.mine.createdAt,
    mineReviewedAt: item.mine.reviewedAt,
    importedReviewedAt: item.imported.reviewedAt,
    newer: item.newer,
  };
}
