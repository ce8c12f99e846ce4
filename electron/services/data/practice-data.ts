import type { Attempt } from '#shared/schemas/attempt.js';
import type { ExportScope } from '#shared/schemas/archive.js';
import type { ConflictChoice } from '#shared/schemas/imports.js';
import { isEmptyProfile, profileContent, type FacilityProfile } from '#shared/schemas/profile.js';
import { MockSessionSchema, type MockSession } from '#shared/schemas/mock.js';
import { MAX_SUSPENDED_QUESTIONS } from '#shared/schemas/schedule.js';
import { MAX_CHECKLIST_TICKS } from '#shared/schemas/checklist.js';
import { canonicalJson } from '#electron/services/archive/canonical-json.js';
import { boundMs } from '#electron/services/exports/export-scope.js';

/**
 * What the rest of the user's practice is, beside answers and their own questions: the facility
 * profile (electron/services/profile/), the questions set aside from the review schedule, the
 * mock interviews with their follow-ups (electron/services/progress/) and the "Before the
 * interview" ticks (electron/services/checklist/). Each is optional, so a tool without one exports
 * and imports the rest.
 */
export interface PracticePorts {
  profile?: { get(): FacilityProfile; replace(profile: FacilityProfile): void };
  suspensions?: { list(): string[]; replace(questionIds: readonly string[]): void };
  mockSessions?: { all(): MockSession[]; replaceAll(sessions: readonly MockSession[]): void };
  checklistTicks?: { list(): string[]; replace(itemIds: readonly string[]): void };
}

// ---- Export ----

/** The profile an export holds: none when nothing was ever written in it. */
export function profileToExport(ports: PracticePorts): FacilityProfile | null {
  const profile = ports.profile?.get();
  return profile && !isEmptyProfile(profile) ? profile : null;
}

/** Suspensions are per question and undated: a question scope keeps those questions' only, a date range all. */
export function suspensionsToExport(ports: PracticePorts, scope: ExportScope): string[] {
  const all = ports.suspensions?.list() ?? [];
  const questions = scope.questionIds?.length ? new Set(scope.questionIds) : null;
  return all.filter((id) => !questions || questions.has(id)).sort();
}

/** The "Before the interview" ticks: about the interview, not about answers, so every export holds them (like the profile). */
export function checklistTicksToExport(ports: PracticePorts): string[] {
  return [...(ports.checklistTicks?.list() ?? [])].sort();
}

/**
 * The mock interviews an export holds, oldest first (ties by id), each in schema field order.
 *
 * A whole export holds them all. A scoped one ("answers from March", "my answers to these two
 * questions", to show a mentor or carry one topic to another computer) holds a session when an
 * answer in the archive was given in it (so that answer's session, its report and follow-up come
 * back with it), or when the session itself falls in the scope the way an answer would: it started
 * within the dates and asked at least one of the chosen questions. Sessions that share nothing with
 * the scope would only be noise in a scoped archive. A session goes whole, all its questions and
 * its checklist, since it is one interview; its report shows only the answers that are there.
 */
export function mockSessionsToExport(ports: PracticePorts, scope: ExportScope, exported: readonly Attempt[]): MockSession[] {
  const all = ports.mockSessions?.all() ?? [];
  const scoped = scope.from !== undefined || scope.to !== undefined || (scope.questionIds?.length ?? 0) > 0;
  const from = scope.from ? boundMs(scope.from, 'start') : -Infinity;
  const to = scope.to ? boundMs(scope.to, 'endExclusive') : Infinity;
  const questions = scope.questionIds?.length ? new Set(scope.questionIds) : null;
  const answeredIn = new Set(exported.flatMap((a) => (a.sessionId ? [a.sessionId] : [])));
  const inScope = (s: MockSession) => {
    const at = Date.parse(s.startedAt);
    return at >= from && at < to && (!questions || s.questionIds.some((id) => questions.has(id)));
  };
  return all
    .filter((s) => !scoped || answeredIn.has(s.id) || inScope(s))
    .sort((a, b) => Date.parse(a.startedAt) - Date.parse(b.startedAt) || a.id.localeCompare(b.id))
    .map((s) => MockSessionSchema.parse(s));
}

// ---- Import ----

/**
 * How the archive's facility profile relates to the one here. Like settings, a profile that
 * differs is only taken when the user asks (`takeProfile`); the preview says which is newer. An
 * archive's profile comes in by itself only where there is none yet, so nothing is overwritten.
 */
export type ProfilePlan =
  | { kind: 'none' }
  | { kind: 'identical' }
  | { kind: 'new'; imported: FacilityProfile }
  | { kind: 'differs'; mine: FacilityProfile; imported: FacilityProfile; newer: 'mine' | 'imported' };

const savedMs = (p: FacilityProfile) => (p.updatedAt ? Date.parse(p.updatedAt) : -Infinity);

export function planProfile(ports: PracticePorts, imported: FacilityProfile | null): ProfilePlan {
  if (!imported || isEmptyProfile(imported) || !ports.profile) return { kind: 'none' };
  const mine = ports.profile.get();
  if (isEmptyProfile(mine)) return { kind: 'new', imported };
  if (canonicalJson(profileContent(mine)) === canonicalJson(profileContent(imported))) return { kind: 'identical' };
  // A tie keeps yours, as everywhere in an import.
  return { kind: 'differs', mine, imported, newer: savedMs(imported) > savedMs(mine) ? 'imported' : 'mine' };
}

/** The profile to write, or null to leave the one here alone. */
export function profileToWrite(plan: ProfilePlan, takeProfile: boolean): FacilityProfile | null {
  if (plan.kind === 'new') return plan.imported;
  if (plan.kind === 'differs' && takeProfile) return plan.imported;
  return null;
}

/**
 * Suspensions carry no date, so they merge as a union: a question set aside in either place stays
 * set aside (un-suspending it is one click on "Due today"). Answers the full list, or null when the
 * archive adds nothing.
 */
export function planSuspensions(ports: PracticePorts, imported: readonly string[] | null): { added: string[]; next: string[] | null } {
  if (!imported?.length || !ports.suspensions) return { added: [], next: null };
  const mine = ports.suspensions.list();
  const here = new Set(mine);
  const room = Math.max(0, MAX_SUSPENDED_QUESTIONS - here.size);
  const added = [...new Set(imported)]
    .filter((id) => !here.has(id))
    .sort()
    .slice(0, room);
  return { added, next: added.length ? [...mine, ...added].sort() : null };
}

/**
 * Ticks carry no date either, so they merge as a union like suspensions: an item done on either
 * computer stays done (unticking is one press). An archive from before ticks were exported has
 * none (null), and nothing changes.
 */
export function planChecklistTicks(ports: PracticePorts, imported: readonly string[] | null): { added: string[]; next: string[] | null } {
  if (!imported?.length || !ports.checklistTicks) return { added: [], next: null };
  const mine = ports.checklistTicks.list();
  const here = new Set(mine);
  const room = Math.max(0, MAX_CHECKLIST_TICKS - here.size);
  const added = [...new Set(imported)]
    .filter((id) => !here.has(id))
    .sort()
    .slice(0, room);
  return { added, next: added.length ? [...mine, ...added].sort() : null };
}

/** How one mock interview of the archive relates to the ones here, matched by id. */
export type MockPlanItem =
  | { kind: 'new'; imported: MockSession }
  | { kind: 'identical' }
  /** The same interview with a different follow-up (checklist, reminder day, done). */
  | { kind: 'conflict'; mine: MockSession; imported: MockSession };

export function planMockSessions(ports: PracticePorts, imported: readonly MockSession[]): MockPlanItem[] {
  if (!ports.mockSessions) return [];
  const here = new Map(ports.mockSessions.all().map((s) => [s.id, s]));
  return imported.map((theirs): MockPlanItem => {
    const mine = here.get(theirs.id);
    if (!mine) return { kind: 'new', imported: theirs };
    return canonicalJson(mine) === canonicalJson(theirs) ? { kind: 'identical' } : { kind: 'conflict', mine, imported: theirs };
  });
}

/**
 * The whole list of sessions to write for a choice, or null when nothing changes. A follow-up
 * carries no date, so "keep whichever is newer" cannot tell and keeps yours (as a tie does for
 * answers); only "take the imported ones" replaces a follow-up here.
 */
export function mockSessionsToWrite(ports: PracticePorts, plan: readonly MockPlanItem[], choice: ConflictChoice): MockSession[] | null {
  if (!ports.mockSessions) return null;
  const added = plan.flatMap((p) => (p.kind === 'new' ? [p.imported] : []));
  const replaced = new Map(
    plan.flatMap((p) => (p.kind === 'conflict' && choice === 'take_imported' ? [[p.imported.id, p.imported] as const] : [])),
  );
  if (!added.length && !replaced.size) return null;
  return [...ports.mockSessions.all().map((s) => replaced.get(s.id) ?? s), ...added];
}

export function mockPlanCounts(plan: readonly MockPlanItem[]) {
  const count = (kind: MockPlanItem['kind']) => plan.filter((p) => p.kind === kind).length;
  return { total: plan.length, new: count('new'), identical: count('identical'), conflicts: count('conflict') };
}
