import type { Library } from '#shared/content/schema.js';
import { DELETED_QUESTION_LABEL, isCustomQuestionId } from '#shared/schemas/questions.js';
import type { ExportedAttempt } from '#shared/schemas/archive.js';
import type { Measurements } from '#shared/schemas/measurements.js';
import { ownValue } from '#shared/content/own-value.js';
import { toCsv, textCell, type CsvValue } from './csv.js';

const BASE_COLUMNS = [
  'attempt_id',
  'question_id',
  'question',
  'recorded_at',
  'duration_ms',
  'has_recording',
  'recording_file',
  'recovered',
  'reviewed_at',
  'rating',
  'next_time',
] as const;

const MEASUREMENT_COLUMNS: readonly [string, (m: Measurements) => CsvValue][] = [
  ['speech_ms', (m) => m.speechMs],
  ['leading_silence_ms', (m) => m.leadingSilenceMs],
  ['trailing_silence_ms', (m) => m.trailingSilenceMs],
  ['pause_count', (m) => m.pauseCount],
  ['longest_pause_ms', (m) => m.longestPauseMs],
  ['speech_level_db', (m) => m.speechLevelDb],
  ['level_steadiness_db', (m) => m.levelSteadinessDb],
  ['noise_floor_db', (m) => m.noiseFloorDb],
  ['clipped_share', (m) => m.clippedShare],
  // Empty for answers measured before pace and pitch (and where there was too little speech to tell).
  ['words_per_minute', (m) => m.wordsPerMinute],
  ['syllables_per_second', (m) => m.syllablesPerSecond],
  ['articulation_rate', (m) => m.articulationRate],
  ['pitch_median_hz', (m) => m.pitchMedianHz],
  ['pitch_range_semitones', (m) => m.pitchRangeSemitones],
  ['pitch_variety', (m) => m.pitchVariety],
];

const MARK_WORDS = { met: 'met', partly: 'partly', not_met: 'not met' } as const;

/**
 * The question's own must-haves as marked: how many were met, how many marked, and each one in
 * words ("A qualified interpreter…: met; …"), named by its text so the cell reads on its own.
 */
function mustHaveCells(attempt: ExportedAttempt, mustHavesOf: Map<string, readonly { id: string; text: string }[]>): CsvValue[] {
  const marks = Object.entries(attempt.review.mustHaveMarks ?? {});
  const known = mustHavesOf.get(attempt.questionId) ?? [];
  const textOf = (id: string) => known.find((m) => m.id === id)?.text ?? id;
  const met = marks.filter(([, mark]) => mark === 'met').length;
  const listed = marks.map(([id, mark]) => `${textOf(id)}: ${MARK_WORDS[mark]}`).join('; ');
  return marks.length === 0 ? ['', '', ''] : [met, marks.length, textCell(listed)];
}

/**
 * One row per answer, one column per criterion mark (`mark: <criterion id>`, in the guide's
 * order, then any criterion the bank no longer has), a `note: <id>` column for each criterion
 * that has a note somewhere, and the delivery measurements when any answer has them, and the must-have marks when any answer has them.
 */
export function attemptsCsv(
  attempts: readonly ExportedAttempt[],
  library: Pick<Library, 'criteria' | 'questions'>,
  recordingFileOf: (attempt: ExportedAttempt) => string | null,
): string {
  const known = library.criteria.map((c) => c.id);
  const extra = new Set<string>();
  const noted = new Set<string>();
  for (const attempt of attempts) {
    for (const id of Object.keys(attempt.review.marks)) if (!known.includes(id)) extra.add(id);
    for (const [id, note] of Object.entries(attempt.review.criterionNotes)) if (note.trim() !== '') noted.add(id);
  }
  const markIds = [...known, ...[...extra].sort()];
  const noteIds = markIds.filter((id) => noted.has(id)).concat([...noted].filter((id) => !markIds.includes(id)).sort());
  const withMeasurements = attempts.some((a) => a.measurements);
  const questionText = new Map(library.questions.map((q) => [q.id, q.text]));
  const withMustHaves = attempts.some((a) => Object.keys(a.review.mustHaveMarks ?? {}).length > 0);
  const mustHavesOf = new Map(library.questions.map((q) => [q.id, q.mustHaves ?? []]));

  const header = [
    ...BASE_COLUMNS,
    ...markIds.map((id) => `mark: ${id}`),
    ...noteIds.map((id) => `note: ${id}`),
    ...(withMustHaves ? ['must_haves_met', 'must_haves_marked', 'must_haves'] : []),
    ...(withMeasurements ? MEASUREMENT_COLUMNS.map(([name]) => name) : []),
  ];
  const rows = attempts.map((a) => [
    a.id,
    a.questionId,
    // An answer to one of the user's questions they have since deleted is kept, and named as such.
    questionText.get(a.questionId) ?? (isCustomQuestionId(a.questionId) ? DELETED_QUESTION_LABEL : ''),
    a.createdAt,
    a.durationMs,
    a.hasRecording,
    recordingFileOf(a) ?? '',
    a.recovered,
    a.reviewedAt,
    a.review.rating,
    textCell(a.review.nextTime),
    // Own values only: a criterion id such as `constructor` is a key like any other (see ownValue).
    ...markIds.map((id) => ownValue(a.review.marks, id) ?? ''),
    ...noteIds.map((id) => textCell(ownValue(a.review.criterionNotes, id) ?? '')),
    ...(withMustHaves ? mustHaveCells(a, mustHavesOf) : []),
    ...(withMeasurements ? MEASUREMENT_COLUMNS.map(([, read]) => (a.measurements ? read(a.measurements) : '')) : []),
  ]);
  return toCsv(header, rows);
}
