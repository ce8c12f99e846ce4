import type { Library } from '#shared/content/schema.js';
import type { Attempt } from '#shared/schemas/attempt.js';
import type { StoredCustomQuestion } from '#shared/schemas/questions.js';
import {
  EXPORT_FORMAT,
  EXPORT_FORMAT_VERSION,
  ExportedAttemptSchema,
  type ExportedAttempt,
  type ExportManifest,
  type ExportScope,
} from '#shared/schemas/archive.js';
import type { Settings } from '#shared/schemas/settings.js';
import type { AttemptsPort } from '#electron/services/attempts/attempts-port.js';
import { containerOf } from '#electron/services/recordings/containers/containers.js';
import type { ResolvedRecording } from '#electron/services/recordings/resolve-file.js';
import {
  ATTEMPTS_CSV_ENTRY,
  ATTEMPTS_JSON_ENTRY,
  CUSTOM_QUESTIONS_ENTRY,
  CHECKLIST_ENTRY,
  FACILITY_PROFILE_ENTRY,
  MANIFEST_ENTRY,
  MOCK_INTERVIEWS_ENTRY,
  README_ENTRY,
  recordingEntryName,
  REVIEW_SCHEDULE_ENTRY,
  SETTINGS_ENTRY,
} from '#electron/services/archive/archive-layout.js';
import { attemptsCsv } from './attempts-csv.js';
import { selectAttempts } from './export-scope.js';
import { contentOf } from '#electron/services/imports/import-questions.js';
import {
  checklistTicksToExport,
  mockSessionsToExport,
  profileToExport,
  suspensionsToExport,
  type PracticePorts,
} from '#electron/services/data/practice-data.js';
import { readmeText } from './readme-text.js';
import { sourceSize, type ZipSource } from '#electron/services/archive/zip-write.js';

export interface ExportContentsDeps {
  attempts: Pick<AttemptsPort, 'list'>;
  settings: { get(): Settings };
  library: Library;
  /** The user's own questions with when each was written and changed, so an import can keep the newer copy. */
  customQuestions?: { list(): readonly StoredCustomQuestion[] };
  /** The facility profile, suspensions and mock interviews; without them an export holds the rest. */
  practice?: PracticePorts;
  resolveRecording: (id: string) => Promise<ResolvedRecording | null>;
  appVersion: string;
}

export interface ExportContents {
  sources: ZipSource[];
  manifest: ExportManifest;
  totalBytes: number;
}

const json = (value: unknown) => new TextEncoder().encode(`${JSON.stringify(value, null, 2)}\n`);
const text = (value: string) => new TextEncoder().encode(value);

/**
 * Everything an export holds, in a fixed order with fixed formatting, so the same data and the
 * same clock always give the same archive: the README and manifest first, then the answers as
 * JSON and CSV, the settings, then (each only if there is any) custom questions, the facility
 * profile, the suspended questions, the mock interviews and the checklist ticks, and each recording
 * as it is.
 */
export async function exportContents(
  deps: ExportContentsDeps,
  scope: ExportScope,
  exportedAt: Date,
  /** Told before each answer is gathered and once all are (a year's thousand recordings take a second to find); may throw to stop. */
  onGathered: (attempts: number, recordings: number) => void = () => undefined,
): Promise<ExportContents> {
  const chosen = selectAttempts(deps.attempts.list(), scope);
  const recordings: ZipSource[] = [];
  const attempts: ExportedAttempt[] = [];
  for (const attempt of chosen) {
    onGathered(attempts.length, recordings.length);
    const container = containerOf(attempt.mimeType);
    const file = attempt.hasRecording && container ? await deps.resolveRecording(attempt.id) : null;
    // An answer whose audio has gone missing is exported as what it now is: a review without audio.
    // The archive must agree with itself: its sizes are those of the files it holds.
    attempts.push(stableAttempt({ ...attempt, hasRecording: file !== null, ...(file ? { sizeBytes: file.size } : {}) }));
    if (file && container) recordings.push({ name: recordingEntryName(attempt.id, container), path: file.path, size: file.size });
  }
  // All of them: the count reaches its end before the total in bytes replaces it.
  onGathered(attempts.length, recordings.length);
  const customQuestions = deps.customQuestions
    ? deps.customQuestions.list().map(stableQuestion)
    : deps.library.questions.filter((q) => q.custom).map(({ custom: _, ...question }) => question);
  const practice = deps.practice ?? {};
  const profile = profileToExport(practice);
  const suspended = suspensionsToExport(practice, scope);
  const mockSessions = mockSessionsToExport(practice, scope, attempts);
  const checklistTicks = checklistTicksToExport(practice);

  const manifest: ExportManifest = {
    format: EXPORT_FORMAT,
    formatVersion: EXPORT_FORMAT_VERSION,
    appVersion: deps.appVersion,
    exportedAt: exportedAt.toISOString(),
    scope,
    counts: {
      attempts: attempts.length,
      recordings: recordings.length,
      customQuestions: customQuestions.length,
      mockSessions: mockSessions.length,
      suspendedQuestions: suspended.length,
    },
  };
  const files = {
    customQuestions: customQuestions.length > 0,
    facilityProfile: profile !== null,
    reviewSchedule: suspended.length > 0,
    mockInterviews: mockSessions.length > 0,
    checklist: checklistTicks.length > 0,
  };
  const recordingNames = new Map(recordings.map((r) => [r.name.slice('recordings/'.length, r.name.lastIndexOf('.')), r.name]));
  const sources: ZipSource[] = [
    { name: README_ENTRY, bytes: text(readmeText(manifest, files)), compress: true },
    { name: MANIFEST_ENTRY, bytes: json(manifest), compress: true },
    { name: ATTEMPTS_JSON_ENTRY, bytes: json({ attempts }), compress: true },
    { name: ATTEMPTS_CSV_ENTRY, bytes: text(attemptsCsv(attempts, deps.library, (a) => recordingNames.get(a.id) ?? null)), compress: true },
    { name: SETTINGS_ENTRY, bytes: json(deps.settings.get()), compress: true },
    ...(files.customQuestions ? [{ name: CUSTOM_QUESTIONS_ENTRY, bytes: json({ questions: customQuestions }), compress: true }] : []),
    ...(profile ? [{ name: FACILITY_PROFILE_ENTRY, bytes: json(profile), compress: true }] : []),
    ...(files.reviewSchedule ? [{ name: REVIEW_SCHEDULE_ENTRY, bytes: json({ suspended }), compress: true }] : []),
    ...(files.mockInterviews ? [{ name: MOCK_INTERVIEWS_ENTRY, bytes: json({ sessions: mockSessions }), compress: true }] : []),
    ...(files.checklist ? [{ name: CHECKLIST_ENTRY, bytes: json({ checked: checklistTicks }), compress: true }] : []),
    ...recordings,
  ];
  return { sources, manifest, totalBytes: sources.reduce((sum, s) => sum + sourceSize(s), 0) };
}

/** The question's fields in one fixed order, however it was built, so the same questions give the same bytes. */
const stableQuestion = (q: StoredCustomQuestion): StoredCustomQuestion => ({
  ...contentOf(q),
  createdAt: q.createdAt,
  updatedAt: q.updatedAt,
});

const sortedRecord = <V>(record: Record<string, V>): Record<string, V> =>
  Object.fromEntries(Object.entries(record).sort(([a], [b]) => a.localeCompare(b)));

/**
 * The attempt with its fields in schema order (zod builds its output in that order) and its
 * per-criterion maps sorted by id, so the same answer always serializes to the same bytes.
 */
export function stableAttempt(attempt: Attempt): ExportedAttempt {
  const review = {
    ...attempt.review,
    marks: sortedRecord(attempt.review.marks),
    criterionNotes: sortedRecord(attempt.review.criterionNotes),
    ...(attempt.review.mustHaveMarks ? { mustHaveMarks: sortedRecord(attempt.review.mustHaveMarks) } : {}),
  };
  return ExportedAttemptSchema.parse({ ...attempt, review });
}
