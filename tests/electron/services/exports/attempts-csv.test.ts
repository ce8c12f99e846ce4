import { describe, expect, it } from 'vitest';
import { attemptsCsv } from '#electron/services/exports/attempts-csv.js';
import type { Library } from '#shared/content/schema.js';
import type { ExportedAttempt } from '#shared/schemas/archive.js';
import { EMPTY_REVIEW, EMPTY_STAR_MARKS, type Review } from '#shared/schemas/attempt.js';

const library: Pick<Library, 'criteria' | 'questions'> = {
  criteria: [{ id: 'empathy', label: 'Empathy', meaning: 'm', listenFor: 'l', guideSection: 's', guideQuote: 'q' }],
  questions: [
    {
      id: 'interpreter-not-booked',
      text: 'No interpreter was booked.',
      categoryId: 'empathy-communication',
      criteriaIds: ['empathy'],
      listenFor: 'l',
      starHint: 's',
      followUps: ['f'],
      difficulty: 'hard',
      answerType: 'situational',
      mustHaves: [{ id: 'qualified-interpreter', text: 'A qualified interpreter (not the son)' }],
      custom: false,
    },
  ],
};

const attempt = (id: string, review: Partial<Review>): ExportedAttempt => ({
  id,
  questionId: 'interpreter-not-booked',
  createdAt: '2026-11-01T10:00:00.000Z',
  durationMs: 1000,
  mimeType: 'audio/webm',
  sizeBytes: 10,
  hasRecording: false,
  recovered: false,
  review: { ...EMPTY_REVIEW, ...review },
  reviewedAt: null,
  measurements: null,
  starMarks: EMPTY_STAR_MARKS,
});

const table = (csv: string) =>
  csv
    .trim()
    .split('\r\n')
    .map((line) => line.split(','));

describe('attempts.csv must-have columns', () => {
  it('adds met, marked and the marks in words when any answer has must-have marks', () => {
    const csv = attemptsCsv(
      [
        attempt('a', { mustHaveMarks: { 'qualified-interpreter': 'met', 'old-point': 'not_met' } }),
        attempt('b', { marks: { empathy: 'met' } }),
      ],
      library,
      () => null,
    );
    const [header, first, second] = table(csv);
    const at = (name: string) => header!.indexOf(name);
    expect(at('must_haves_met')).toBeGreaterThan(at('mark: empathy'));
    expect(first![at('must_haves_met')]).toBe('1');
    expect(first![at('must_haves_marked')]).toBe('2');
    expect(first![at('must_haves')]).toBe('A qualified interpreter (not the son): met; old-point: not met');
    expect(second![at('must_haves_marked')]).toBe('');
  });

  it('leaves the columns out when no answer has must-have marks', () => {
    const [header] = table(attemptsCsv([attempt('a', { mustHaveMarks: {} })], library, () => null));
    expect(header!.some((h) => h.startsWith('must_haves'))).toBe(false);
  });
});

describe('attempts.csv with criterion ids that are also names of Object.prototype', () => {
  it("reads each mark and note as the answer's own, never a built-in function", () => {
    const ids = ['constructor', 'toString', '__proto__', 'hasOwnProperty'];
    const marks = Object.fromEntries(ids.map((id) => [id, 'met' as const]));
    const notes = Object.fromEntries(ids.map((id) => [id, `note on ${id}`]));
    // JSON.parse, as the journal and an archive are read: `__proto__` becomes an own key.
    const review = JSON.parse(JSON.stringify({ marks, criterionNotes: notes })) as Pick<Review, 'marks' | 'criterionNotes'>;
    const csv = attemptsCsv([attempt('a', review), attempt('b', {})], library, () => null);
    expect(csv).not.toMatch(/native code|function/);
    const [header, first, second] = table(csv);
    for (const id of ids) {
      expect(first![header!.indexOf(`mark: ${id}`)]).toBe('met');
      expect(first![header!.indexOf(`note: ${id}`)]).toBe(`note on ${id}`);
      expect(second![header!.indexOf(`mark: ${id}`)]).toBe('');
      expect(second![header!.indexOf(`note: ${id}`)]).toBe('');
    }
  });
});

describe('attempts.csv pace and pitch columns', () => {
  const measurements = {
    durationMs: 1000,
    speechMs: 800,
    leadingSilenceMs: 100,
    trailingSilenceMs: 100,
    pauses: [],
    pauseCount: 0,
    longestPauseMs: 0,
    speechLevelDb: -20,
    levelSteadinessDb: 7,
    noiseFloorDb: -60,
    clippedShare: 0,
  };

  it('gives the figures where the answer has them and leaves them empty for one measured before they existed', () => {
    const voiced = { ...measurements, analysisVersion: 2, wordsPerMinute: 148, syllablesPerSecond: 3.33, articulationRate: 3.9 };
    const withPitch = { ...voiced, pitchMedianHz: 182, pitchRangeSemitones: 7.5, pitchVariety: 2.1 };
    const [header, first, second] = table(
      attemptsCsv(
        [
          { ...attempt('a', {}), measurements: withPitch },
          { ...attempt('b', {}), measurements },
        ],
        library,
        () => null,
      ),
    );
    const at = (name: string) => header!.indexOf(name);
    const names = [
      'words_per_minute',
      'syllables_per_second',
      'articulation_rate',
      'pitch_median_hz',
      'pitch_range_semitones',
      'pitch_variety',
    ];
    expect(names.map((n) => first![at(n)])).toEqual(['148', '3.33', '3.9', '182', '7.5', '2.1']);
    expect(names.map((n) => second![at(n)])).toEqual(['', '', '', '', '', '']);
  });
});
