import { OPAQUE_ID_PATTERN } from '#shared/schemas/ids.js';
import { CONTAINERS, type Container } from '#electron/services/recordings/containers/containers.js';

/**
 * The names inside an export archive. An import accepts these and nothing else: every other
 * name (`../x`, `/etc/x`, `a\\b`, a NUL, a folder we do not make) refuses the whole archive.
 * A recording's name only ever yields an id and a container, and the file it is written to is
 * built from those, so no name from an archive is ever used as a path.
 */
export const MANIFEST_ENTRY = 'manifest.json';
export const README_ENTRY = 'README.txt';
export const ATTEMPTS_JSON_ENTRY = 'attempts.json';
export const ATTEMPTS_CSV_ENTRY = 'attempts.csv';
export const SETTINGS_ENTRY = 'settings.json';
export const CUSTOM_QUESTIONS_ENTRY = 'custom-questions.json';
export const FACILITY_PROFILE_ENTRY = 'facility-profile.json';
export const REVIEW_SCHEDULE_ENTRY = 'review-schedule.json';
export const MOCK_INTERVIEWS_ENTRY = 'mock-interviews.json';
export const CHECKLIST_ENTRY = 'interview-checklist.json';
export const RECORDINGS_FOLDER_ENTRY = 'recordings/';

const DATA_ENTRIES = [
  MANIFEST_ENTRY,
  README_ENTRY,
  ATTEMPTS_JSON_ENTRY,
  ATTEMPTS_CSV_ENTRY,
  SETTINGS_ENTRY,
  CUSTOM_QUESTIONS_ENTRY,
  FACILITY_PROFILE_ENTRY,
  REVIEW_SCHEDULE_ENTRY,
  MOCK_INTERVIEWS_ENTRY,
  CHECKLIST_ENTRY,
] as const;
export type DataEntryName = (typeof DATA_ENTRIES)[number];

const RECORDING_ENTRY = new RegExp(`^recordings/(${OPAQUE_ID_PATTERN.source.slice(1, -1)})\\.(${CONTAINERS.join('|')})$`);

export const recordingEntryName = (id: string, container: Container): string => `recordings/${id}.${container}`;

export type ArchiveEntryKind =
  { kind: 'data'; name: DataEntryName } | { kind: 'recording'; id: string; container: Container } | { kind: 'folder' };

/** What an entry name means, or null for a name an export never holds. */
export function classifyEntryName(name: string): ArchiveEntryKind | null {
  if ((DATA_ENTRIES as readonly string[]).includes(name)) return { kind: 'data', name: name as DataEntryName };
  if (name === RECORDINGS_FOLDER_ENTRY) return { kind: 'folder' };
  const match = RECORDING_ENTRY.exec(name);
  if (match) return { kind: 'recording', id: match[1]!, container: match[2] as Container };
  return null;
}

/**
 * Largest sizes the import reads into memory, against what a real export holds: 10,000 answers
 * with long notes are about 20 MB of attempts.json; 1,000 of the user's own questions at the
 * editor's limits are under 4 MB; 500 mock interviews are well under 1 MB. Parsed JSON takes a
 * few times its size in memory, so these keep a hostile archive to a few hundred MB at worst.
 */
export const ENTRY_LIMITS = {
  [MANIFEST_ENTRY]: 64 * 1024,
  [README_ENTRY]: 256 * 1024,
  [ATTEMPTS_JSON_ENTRY]: 64 * 1024 * 1024,
  [ATTEMPTS_CSV_ENTRY]: 64 * 1024 * 1024,
  [SETTINGS_ENTRY]: 64 * 1024,
  [CUSTOM_QUESTIONS_ENTRY]: 8 * 1024 * 1024,
  [FACILITY_PROFILE_ENTRY]: 256 * 1024,
  [REVIEW_SCHEDULE_ENTRY]: 256 * 1024,
  [MOCK_INTERVIEWS_ENTRY]: 8 * 1024 * 1024,
  [CHECKLIST_ENTRY]: 64 * 1024,
} as const satisfies Record<DataEntryName, number>;

/**
 * One recording: a one-hour answer (the longest hard limit) at the recorder's bit rate is about
 * 60 MB; twice the length at a higher rate stays under this.
 */
export const MAX_RECORDING_ENTRY_BYTES = 200 * 1024 * 1024;

/** Everything the archive would unpack to: 10,000 answers of several minutes each, and some. */
export const MAX_ARCHIVE_TOTAL_BYTES = 64 * 1024 * 1024 * 1024;

/**
 * JSON from a real export shrinks to a fifth or a tenth when zipped; an entry that inflates more
 * than this many times (past a small size) is a zip bomb, refused before a byte is read.
 */
export const MAX_DATA_INFLATION = 100;
export const INFLATION_CHECKED_FROM_BYTES = 1024 * 1024;
