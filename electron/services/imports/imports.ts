import { StudioError } from '#shared/contract/errors.js';
import type { ConflictChoice, ImportPreview, ImportProgress, ImportResult } from '#shared/schemas/imports.js';
import { changesFor, conflictSummary, planImport, type PlanItem } from './import-plan.js';
import { planQuestions, questionChangesFor, questionPlanCounts, type QuestionPlanItem } from './import-questions.js';
import { createImportUploads } from './import-uploads.js';
import { importedSettings, mergeArchive, type MergeDeps, type MergeRun } from './import-merge.js';
import { validateArchive, type ValidatedArchive } from './import-validate.js';
import {
  mockPlanCounts,
  mockSessionsToWrite,
  planChecklistTicks,
  planMockSessions,
  planProfile,
  planSuspensions,
  profileToWrite,
  type MockPlanItem,
  type ProfilePlan,
} from '#electron/services/data/practice-data.js';
import { openArchive, type OpenedArchive } from '#electron/services/archive/zip-read.js';

type Checked = { archive: OpenedArchive; validated: ValidatedArchive };
const MAX_LISTED_CONFLICTS = 200;

/** Opens and fully checks an archive; closes it again if it is refused. */
export async function checkArchive(file: string, onProgress: (progress: ImportProgress) => void = () => undefined): Promise<Checked> {
  const archive = await openArchive(file);
  try {
    const total = archive.entries.length;
    const bytesTotal = archive.entries.reduce((sum, e) => sum + e.size, 0);
    onProgress({ stage: 'checking', done: 0, total, bytesDone: 0, bytesTotal });
    const validated = await validateArchive(archive, (done, bytesDone) =>
      onProgress({ stage: 'checking', done, total, bytesDone, bytesTotal }),
    );
    return { archive, validated };
  } catch (error) {
    archive.close();
    throw error;
  }
}

/** How the archive's own questions relate to the user's; with nowhere to keep them, each is skipped. */
function questionPlanOf(deps: MergeDeps, validated: ValidatedArchive): QuestionPlanItem[] {
  if (!deps.customQuestions) return validated.customQuestions.map((q) => ({ kind: 'skipped', id: q.id, reason: 'nowhere to keep it' }));
  return planQuestions(validated.customQuestions, deps.customQuestions, validated.manifest.exportedAt);
}

/** How the archive's profile, suspensions and mock interviews relate to what is here. */
type PracticePlan = {
  profile: ProfilePlan;
  suspensions: ReturnType<typeof planSuspensions>;
  mock: MockPlanItem[];
  checklistTicks: ReturnType<typeof planChecklistTicks>;
};

function practicePlanOf(deps: MergeDeps, validated: ValidatedArchive): PracticePlan {
  const ports = deps.practice ?? {};
  return {
    profile: planProfile(ports, validated.facilityProfile),
    suspensions: planSuspensions(ports, validated.suspended),
    mock: planMockSessions(ports, validated.mockSessions),
    checklistTicks: planChecklistTicks(ports, validated.checklistTicks),
  };
}

function profilePreview(validated: ValidatedArchive, plan: ProfilePlan): ImportPreview['facilityProfile'] {
  const imported = validated.facilityProfile;
  return {
    state: plan.kind,
    name: imported?.name ?? '',
    importedUpdatedAt: imported?.updatedAt ?? null,
    mineUpdatedAt: plan.kind === 'differs' ? plan.mine.updatedAt : null,
    newer: plan.kind === 'differs' ? plan.newer : null,
  };
}

export function previewOf(
  importId: string,
  validated: ValidatedArchive,
  plan: readonly PlanItem[],
  questionPlan: readonly QuestionPlanItem[] = [],
  practicePlan: PracticePlan = {
    profile: { kind: 'none' },
    suspensions: { added: [], next: null },
    mock: [],
    checklistTicks: { added: [], next: null },
  },
): ImportPreview {
  const count = (kind: PlanItem['kind']) => plan.filter((p) => p.kind === kind).length;
  const conflicts = plan.filter((p): p is Extract<PlanItem, { kind: 'conflict' }> => p.kind === 'conflict');
  return {
    importId,
    exportedAt: validated.manifest.exportedAt,
    appVersion: validated.manifest.appVersion,
    attempts: {
      total: plan.length,
      new: count('new'),
      identical: count('identical'),
      audioRestored: count('complete'),
      conflicts: conflicts.length,
    },
    recordings: validated.recordings.size,
    settingsIncluded: validated.settings !== null,
    customQuestions: validated.customQuestions.length,
    customQuestionPlan: questionPlanCounts(questionPlan),
    conflicts: conflicts.slice(0, MAX_LISTED_CONFLICTS).map(conflictSummary),
    mockSessions: mockPlanCounts(practicePlan.mock),
    suspensions: { total: new Set(validated.suspended ?? []).size, new: practicePlan.suspensions.added.length },
    checklistTicks: { total: new Set(validated.checklistTicks ?? []).size, new: practicePlan.checklistTicks.added.length },
    facilityProfile: profilePreview(validated, practicePlan.profile),
  };
}

/** Merges a checked archive into the data folder for a choice; the plan is made against the data as it is now. */
export async function applyChecked(
  deps: MergeDeps,
  checked: Checked,
  choice: ConflictChoice,
  takeSettings: boolean,
  takeProfile = false,
  run: MergeRun = {},
): Promise<ImportResult> {
  const { validated } = checked;
  const plan = planImport(validated.attempts, (id) => deps.attempts.get(id));
  const changes = changesFor(plan, choice);
  const questionPlan = questionPlanOf(deps, validated);
  const questionWrites = questionChangesFor(questionPlan, choice);
  const settingsPatch = takeSettings ? importedSettings(deps.settings.get(), validated.settings) : null;
  const practicePlan = practicePlanOf(deps, validated);
  const practiceWrites = {
    profile: profileToWrite(practicePlan.profile, takeProfile),
    suspended: practicePlan.suspensions.next,
    mockSessions: mockSessionsToWrite(deps.practice ?? {}, practicePlan.mock, choice),
    checklistTicks: practicePlan.checklistTicks.next,
  };
  const { recordingsWritten } = await mergeArchive(
    deps,
    checked.archive,
    validated,
    changes,
    settingsPatch,
    questionWrites,
    practiceWrites,
    run,
  );
  const mockCounts = mockPlanCounts(practicePlan.mock);
  const questionsAdded = questionPlan.filter((q) => q.kind === 'new').length;
  const added = changes.filter((c) => c.before === null).length;
  return {
    added,
    updated: changes.length - added,
    unchanged: plan.length - changes.length,
    recordingsWritten,
    settingsApplied: settingsPatch !== null,
    customQuestionsAdded: questionsAdded,
    customQuestionsUpdated: questionWrites.length - questionsAdded,
    customQuestionsSkipped: questionPlanCounts(questionPlan).skipped,
    mockSessionsAdded: practiceWrites.mockSessions ? mockCounts.new : 0,
    mockSessionsUpdated: practiceWrites.mockSessions && choice === 'take_imported' ? mockCounts.conflicts : 0,
    suspensionsAdded: practicePlan.suspensions.added.length,
    checklistTicksAdded: practicePlan.checklistTicks.added.length,
    profileApplied: practiceWrites.profile !== null,
  };
}

/**
 * Import as the renderer drives it: the archive's bytes arrive in pieces (`begin`, `append`),
 * `finish` checks the whole archive and answers what it would change without writing
 * anything, `apply` merges it with the user's choice for conflicts, `cancel` drops it. A
 * refused archive is removed at once, so the data folder is left exactly as it was.
 */
export function createImports(deps: MergeDeps & { dataDir: string; exclusive: <T>(task: () => Promise<T>) => Promise<T> }) {
  const uploads = createImportUploads(deps.dataDir);
  const checkedById = new Map<string, Checked>();
  /** Where the check or the apply of each import is, for `status` (kept until the import is dropped). */
  const progressById = new Map<string, ImportProgress>();
  /** Applies under way: `cancel` aborts one and waits to learn whether it was undone or had already committed. */
  const applying = new Map<string, { controller: AbortController; settled: Promise<'applied' | 'undone'> }>();

  async function drop(importId: string): Promise<boolean> {
    checkedById.get(importId)?.archive.close();
    checkedById.delete(importId);
    progressById.delete(importId);
    return uploads.discard(importId);
  }

  function status(importId: string): ImportProgress {
    const known = progressById.get(importId);
    if (known) return { ...known };
    const received = uploads.received(importId);
    if (!received) throw new StudioError('not_found', 'That import is not in progress.');
    return { stage: 'receiving', done: 0, total: 0, bytesDone: received.bytesReceived, bytesTotal: received.totalBytes };
  }

  async function apply(request: { importId: string; conflicts: ConflictChoice; takeSettings: boolean; takeProfile?: boolean }) {
    const { importId } = request;
    const checked = checkedById.get(importId);
    if (!checked) throw new StudioError('not_found', 'That import is not ready: send the file and let it be checked first.');
    if (applying.has(importId)) throw new StudioError('conflict', 'That import is already being applied.');
    const recordings = [...checked.validated.recordings.values()];
    const progress: ImportProgress = {
      stage: 'applying',
      done: 0,
      // What the plan copies is known only once it is made; until then, at most every recording.
      total: recordings.length,
      bytesDone: 0,
      bytesTotal: recordings.reduce((sum, e) => sum + e.size, 0),
    };
    progressById.set(importId, progress);
    const controller = new AbortController();
    let copiedBytes = 0;
    const run: MergeRun = {
      signal: controller.signal,
      // The bytes move as each recording is copied; the count when one is complete.
      onCopying: (bytes) => void (progress.bytesDone += bytes),
      onCopied: (bytes) => {
        progress.done++;
        progress.bytesDone = copiedBytes += bytes;
      },
      onSaving: () => {
        // Saving counts the copies moved into place (then one transaction for the answers, too short to report within).
        Object.assign(progress, { stage: 'saving', total: progress.done, done: 0 });
        progress.bytesTotal = progress.bytesDone;
      },
      onPlaced: () => void progress.done++,
    };
    const work = (async () => {
      try {
        return await deps.exclusive(() => {
          if (controller.signal.aborted) throw new StudioError('conflict', 'The import was cancelled. Nothing was changed.');
          return applyChecked(deps, checked, request.conflicts, request.takeSettings, request.takeProfile ?? false, run);
        });
      } finally {
        applying.delete(importId);
        await drop(importId);
      }
    })();
    applying.set(importId, {
      controller,
      settled: work.then(
        () => 'applied' as const,
        () => 'undone' as const,
      ),
    });
    return work;
  }

  return {
    begin: (totalBytes: number, pieceBytes?: number) => uploads.begin(totalBytes, pieceBytes),
    append: uploads.append,
    status,
    async finish(importId: string): Promise<ImportPreview> {
      if (checkedById.has(importId) || progressById.has(importId)) throw new StudioError('conflict', 'That import was already checked.');
      const file = await uploads.complete(importId);
      let checked: Checked;
      try {
        checked = await checkArchive(file, (progress) => progressById.set(importId, progress));
      } catch (error) {
        await drop(importId);
        throw error;
      }
      checkedById.set(importId, checked);
      const done = progressById.get(importId);
      if (done) progressById.set(importId, { ...done, stage: 'checked' });
      const { validated } = checked;
      return previewOf(
        importId,
        validated,
        planImport(validated.attempts, (id) => deps.attempts.get(id)),
        questionPlanOf(deps, validated),
        practicePlanOf(deps, validated),
      );
    },
    apply,
    /** Before `apply`, drops the import; during it, stops it and undoes what it did, unless it already committed. */
    async cancel(importId: string): Promise<{ cancelled: boolean }> {
      const running = applying.get(importId);
      if (!running) return { cancelled: await drop(importId) };
      running.controller.abort();
      return { cancelled: (await running.settled) === 'undone' };
    },
    /** The command line's import: a file already on this computer, checked and merged in one go. */
    async importFile(
      file: string,
      choice: ConflictChoice,
      takeSettings: boolean,
      takeProfile = false,
    ): Promise<{ preview: ImportPreview; result: ImportResult }> {
      const checked = await checkArchive(file);
      try {
        const { validated } = checked;
        const attemptPlan = planImport(validated.attempts, (id) => deps.attempts.get(id));
        const preview = previewOf(
          '00000000-0000-4000-8000-000000000000',
          validated,
          attemptPlan,
          questionPlanOf(deps, validated),
          practicePlanOf(deps, validated),
        );
        const result = await deps.exclusive(() => applyChecked(deps, checked, choice, takeSettings, takeProfile));
        return { preview, result };
      } finally {
        checked.archive.close();
      }
    },
    removeLeftovers: () => uploads.removeLeftovers(),
    async dropAll(): Promise<void> {
      for (const id of [...checkedById.keys()]) await drop(id);
      await uploads.discardAll();
    },
  };
}
export type Imports = ReturnType<typeof createImports>;
