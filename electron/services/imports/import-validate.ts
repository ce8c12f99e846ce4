import type { z } from 'zod';
import type { Attempt } from '#shared/schemas/attempt.js';
import {
  AttemptsFileSchema,
  CustomQuestionsFileSchema,
  EXPORT_FORMAT,
  EXPORT_FORMAT_VERSION,
  ExportManifestSchema,
  FacilityProfileFileSchema,
  MockSessionsFileSchema,
  ReviewScheduleFileSchema,
  SettingsFileSchema,
  type ArchivedCustomQuestion,
  type ExportManifest,
} from '#shared/schemas/archive.js';
import { ChecklistTicksFileSchema } from '#shared/schemas/checklist.js';
import type { FacilityProfile } from '#shared/schemas/profile.js';
import type { MockSession } from '#shared/schemas/mock.js';
import type { SettingsPatch } from '#shared/schemas/settings.js';
import { containerOf } from '#electron/services/recordings/containers/containers.js';
import { refuseArchive } from '#electron/services/archive/archive-errors.js';
import { looksLike } from '#electron/services/archive/audio-signature.js';
import {
  ATTEMPTS_JSON_ENTRY,
  CHECKLIST_ENTRY,
  CUSTOM_QUESTIONS_ENTRY,
  ENTRY_LIMITS,
  FACILITY_PROFILE_ENTRY,
  MANIFEST_ENTRY,
  INFLATION_CHECKED_FROM_BYTES,
  MAX_ARCHIVE_TOTAL_BYTES,
  MAX_DATA_INFLATION,
  MAX_RECORDING_ENTRY_BYTES,
  MOCK_INTERVIEWS_ENTRY,
  REVIEW_SCHEDULE_ENTRY,
  SETTINGS_ENTRY,
  type DataEntryName,
} from '#electron/services/archive/archive-layout.js';
import type { ArchiveEntry, OpenedArchive } from '#electron/services/archive/zip-read.js';

export interface ValidatedArchive {
  manifest: ExportManifest;
  attempts: Attempt[];
  settings: SettingsPatch | null;
  customQuestions: ArchivedCustomQuestion[];
  /** The rest of the practice; an archive from before they were exported has none of them. */
  facilityProfile: FacilityProfile | null;
  suspended: string[] | null;
  mockSessions: MockSession[];
  /** The "Before the interview" ticks; null for an archive without them. */
  checklistTicks: string[] | null;
  /** The recording entry of each attempt that has one, by attempt id. */
  recordings: Map<string, ArchiveEntry>;
}

/**
 * Checks a whole archive before anything is written: its manifest names our format and a
 * version this build reads; every JSON file parses and matches its schema (the facility profile,
 * suspended questions and mock interviews too, when the archive has them); counts agree;
 * every recording belongs to an answer that says it has one, has that answer's size and
 * container, fits the size limit, reads back with the right CRC-32 and starts like that
 * container. (The merge checks the CRC again as it copies, in case the file changed since.)
 */
export async function validateArchive(
  archive: OpenedArchive,
  /**
   * Told the entries checked and the bytes read so far: once the data files are read (they count as
   * checked then), and as each recording's bytes are read, so a long recording moves the bytes
   * while the count waits for its end.
   */
  onChecked: (entriesDone: number, bytesDone: number) => void = () => undefined,
): Promise<ValidatedArchive> {
  const byName = new Map(archive.entries.map((e) => [e.name, e]));
  checkSizes(archive.entries);
  const readJson = async (name: DataEntryName): Promise<unknown> => {
    const entry = byName.get(name);
    if (!entry) return undefined;
    const bytes = await archive.readBytes(entry, ENTRY_LIMITS[name]);
    try {
      return JSON.parse(bytes.toString('utf8')) as unknown;
    } catch {
      throw refuseArchive(`${name} is not valid JSON.`);
    }
  };

  const manifest = checkManifest(await readJson(MANIFEST_ENTRY));
  const attemptsFile = parse(AttemptsFileSchema, await readJson(ATTEMPTS_JSON_ENTRY), ATTEMPTS_JSON_ENTRY, true);
  const settingsRaw = await readJson(SETTINGS_ENTRY);
  const settings = settingsRaw === undefined ? null : parse(SettingsFileSchema, settingsRaw, SETTINGS_ENTRY, false);
  const questionsRaw = await readJson(CUSTOM_QUESTIONS_ENTRY);
  const customQuestions =
    questionsRaw === undefined ? [] : parse(CustomQuestionsFileSchema, questionsRaw, CUSTOM_QUESTIONS_ENTRY, false).questions;

  const profileRaw = await readJson(FACILITY_PROFILE_ENTRY);
  const facilityProfile = profileRaw === undefined ? null : parse(FacilityProfileFileSchema, profileRaw, FACILITY_PROFILE_ENTRY, false);
  const scheduleRaw = await readJson(REVIEW_SCHEDULE_ENTRY);
  const suspended = scheduleRaw === undefined ? null : parse(ReviewScheduleFileSchema, scheduleRaw, REVIEW_SCHEDULE_ENTRY, false).suspended;
  const mockRaw = await readJson(MOCK_INTERVIEWS_ENTRY);
  const mockSessions = mockRaw === undefined ? [] : parse(MockSessionsFileSchema, mockRaw, MOCK_INTERVIEWS_ENTRY, false).sessions;
  checkPractice(manifest, suspended, mockSessions);
  const checklistRaw = await readJson(CHECKLIST_ENTRY);
  const checklistTicks = checklistRaw === undefined ? null : parse(ChecklistTicksFileSchema, checklistRaw, CHECKLIST_ENTRY, false).checked;

  const attempts = attemptsFile.attempts;
  const ids = new Set<string>();
  for (const attempt of attempts) {
    if (ids.has(attempt.id)) throw refuseArchive(`${ATTEMPTS_JSON_ENTRY} lists the answer ${attempt.id} twice.`);
    ids.add(attempt.id);
  }
  const recordings = matchRecordings(archive.entries, attempts);
  if (manifest.counts.attempts !== attempts.length || manifest.counts.recordings !== recordings.size) {
    throw refuseArchive(
      `its manifest promises ${manifest.counts.attempts} answer(s) and ${manifest.counts.recordings} recording(s), but it holds ${attempts.length} and ${recordings.size}.`,
    );
  }
  // Every recording is read once now, so damage is found before anything is written.
  const recordingEntries = new Set(recordings.values());
  let entriesDone = 0;
  let bytesDone = 0;
  for (const entry of archive.entries) {
    if (recordingEntries.has(entry)) continue;
    entriesDone++;
    bytesDone += entry.size;
  }
  onChecked(entriesDone, bytesDone);
  for (const entry of recordingEntries) {
    const entryStart = bytesDone;
    if (entry.kind.kind === 'recording') {
      const { container } = entry.kind;
      let read = 0;
      await archive.verify(
        entry,
        (head) => looksLike(container, head),
        (bytes) => onChecked(entriesDone, entryStart + (read += bytes)),
      );
    }
    onChecked(++entriesDone, (bytesDone = entryStart + entry.size));
  }
  return { manifest, attempts, settings, customQuestions, facilityProfile, suspended, mockSessions, checklistTicks, recordings };
}

/**
 * Sizes as the archive's directory declares them (yauzl holds each entry to its declared size as it
 * inflates): each entry against what a real export makes, the whole against what a real history
 * is, and a data file's inflation against what JSON compresses to. Nothing is read before these pass.
 */
function checkSizes(entries: readonly ArchiveEntry[]): void {
  let total = 0;
  for (const entry of entries) {
    total += entry.size;
    if (entry.kind.kind === 'recording' && entry.size > MAX_RECORDING_ENTRY_BYTES) {
      throw refuseArchive(`${entry.name} is ${mb(entry.size)}, larger than any real answer (at most ${mb(MAX_RECORDING_ENTRY_BYTES)}).`);
    }
    if (entry.kind.kind !== 'data') continue;
    if (entry.size > ENTRY_LIMITS[entry.kind.name]) throw refuseArchive(`${entry.name} is larger than an export ever makes it.`);
    const compressed = entry.raw.compressedSize;
    if (entry.size > INFLATION_CHECKED_FROM_BYTES && entry.size > compressed * MAX_DATA_INFLATION) {
      throw refuseArchive(
        `${entry.name} would inflate ${Math.round(entry.size / Math.max(compressed, 1))} times, far more than real data does.`,
      );
    }
  }
  if (total > MAX_ARCHIVE_TOTAL_BYTES) {
    throw refuseArchive(`it would unpack to ${mb(total)}, more than any real history (at most ${mb(MAX_ARCHIVE_TOTAL_BYTES)}).`);
  }
}

const mb = (bytes: number) => `${Math.round(bytes / 1024 / 1024).toLocaleString('en-US')} MB`;

/** Mock interviews are merged by id, so one listed twice is refused; counts the manifest gives must agree. */
function checkPractice(manifest: ExportManifest, suspended: readonly string[] | null, sessions: readonly MockSession[]): void {
  const ids = new Set<string>();
  for (const session of sessions) {
    if (ids.has(session.id)) throw refuseArchive(`${MOCK_INTERVIEWS_ENTRY} lists the mock interview ${session.id} twice.`);
    ids.add(session.id);
  }
  const { mockSessions, suspendedQuestions } = manifest.counts;
  if (mockSessions !== undefined && mockSessions !== sessions.length) {
    throw refuseArchive(`its manifest promises ${mockSessions} mock interview(s), but ${MOCK_INTERVIEWS_ENTRY} holds ${sessions.length}.`);
  }
  const suspendedCount = new Set(suspended ?? []).size;
  if (suspendedQuestions !== undefined && suspendedQuestions !== suspendedCount) {
    throw refuseArchive(
      `its manifest promises ${suspendedQuestions} suspended question(s), but ${REVIEW_SCHEDULE_ENTRY} holds ${suspendedCount}.`,
    );
  }
}

function checkManifest(raw: unknown): ExportManifest {
  if (raw === undefined) throw refuseArchive(`it has no ${MANIFEST_ENTRY}, so it is not an Interview Studio export.`);
  const head = raw as { format?: unknown; formatVersion?: unknown } | null;
  if (!head || typeof head !== 'object' || head.format !== EXPORT_FORMAT) {
    throw refuseArchive(`its ${MANIFEST_ENTRY} does not describe an Interview Studio export.`);
  }
  if (typeof head.formatVersion === 'number' && head.formatVersion > EXPORT_FORMAT_VERSION) {
    throw refuseArchive(
      `it was made by a newer version of Interview Studio (format ${head.formatVersion}; this version reads ${EXPORT_FORMAT_VERSION}). Update the app and try again.`,
    );
  }
  return parse(ExportManifestSchema, raw, MANIFEST_ENTRY, false);
}

function parse<S extends z.ZodType>(schema: S, raw: unknown, name: string, required: boolean): z.output<S> {
  if (raw === undefined && required) throw refuseArchive(`it has no ${name}.`);
  const result = schema.safeParse(raw);
  if (!result.success) {
    const issue = result.error.issues[0];
    const message = issue?.message ?? 'invalid';
    const answer = issue ? answerAt(raw, issue.path) : null;
    // A date of one answer: the answer by id and question, and the date as the file gives it.
    if (answer?.value !== undefined)
      throw refuseArchive(`${answer.who} in ${name} has a ${answer.field} of ${answer.value}, which ${message}.`);
    const where = issue?.path.length ? ` at ${issue.path.join('.')}` : '';
    throw refuseArchive(`${name} does not match what this version expects${where}${answer ? ` (${answer.who})` : ''}: ${message}.`);
  }
  return result.data;
}

/**
 * For a problem with one answer (`attempts.<n>…`), the answer by its id and question, so the
 * person can find it: "the answer 1f…e2 to upset-billing-error in attempts.json has a createdAt
 * of 9999-12-31T23:59:00Z, which is not a date from 2000 to 2099".
 */
function answerAt(raw: unknown, path: readonly PropertyKey[]): { who: string; field: string; value?: string } | null {
  const [list, index, field] = path;
  if (list !== 'attempts' || typeof index !== 'number') return null;
  const attempt = (raw as { attempts?: unknown[] }).attempts?.[index] as Record<string, unknown> | null | undefined;
  if (!attempt || typeof attempt !== 'object') return null;
  const id = typeof attempt.id === 'string' ? attempt.id.slice(0, 64) : `number ${index + 1}`;
  const question = typeof attempt.questionId === 'string' ? ` to ${attempt.questionId.slice(0, 80)}` : '';
  const value = path.length === 3 && (field === 'createdAt' || field === 'reviewedAt') ? attempt[field] : undefined;
  return {
    who: `the answer ${id}${question}`,
    field: String(field),
    ...(typeof value === 'string' ? { value: value.slice(0, 40) } : {}),
  };
}

function matchRecordings(entries: readonly ArchiveEntry[], attempts: readonly Attempt[]): Map<string, ArchiveEntry> {
  const byId = new Map(attempts.map((a) => [a.id, a]));
  const recordings = new Map<string, ArchiveEntry>();
  for (const entry of entries) {
    if (entry.kind.kind !== 'recording') continue;
    const attempt = byId.get(entry.kind.id);
    if (!attempt || !attempt.hasRecording) throw refuseArchive(`${entry.name} belongs to no answer in ${ATTEMPTS_JSON_ENTRY}.`);
    if (recordings.has(attempt.id)) throw refuseArchive(`the answer ${attempt.id} has more than one recording.`);
    if (containerOf(attempt.mimeType) !== entry.kind.container)
      throw refuseArchive(`${entry.name} is not the kind of audio its answer says.`);
    if (entry.size !== attempt.sizeBytes) {
      throw refuseArchive(`${entry.name} holds ${entry.size} bytes but its answer says ${attempt.sizeBytes}.`);
    }
    recordings.set(attempt.id, entry);
  }
  for (const attempt of attempts) {
    if (attempt.hasRecording && !recordings.has(attempt.id)) {
      throw refuseArchive(`the answer ${attempt.id} says it has a recording, but the archive holds none.`);
    }
  }
  return recordings;
}
