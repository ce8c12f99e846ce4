import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { JournalEntry } from '#electron/services/attempts/journal.js';
import type { Attempt, CriterionMark } from '#shared/schemas/attempt.js';
import type { Measurements } from '#shared/schemas/measurements.js';

export type BulkOptions = {
  count: number;
  /** Question ids to spread the attempts over (with their criteria, for marks). */
  questions: ReadonlyArray<{ id: string; criteriaIds: readonly string[] }>;
  /** The newest attempt's time; the rest go back `days` days from it. */
  end: Date;
  days?: number;
  seed?: number;
};

/** What was written, tallied while writing, so a test can check the app's figures against it. */
export type BulkTally = {
  file: string;
  attempts: number;
  rated: number;
  measured: number;
  perQuestion: Map<string, number>;
};

/** mulberry32: small, fast and repeatable. */
function seeded(seed: number) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const MARKS: CriterionMark[] = ['met', 'partly', 'not_met'];

/**
 * Writes a data folder's attempt journal directly, one `put` line per attempt in the format
 * electron/services/attempts/journal.ts reads, in one write: 10,000 attempts take well under a
 * second, where going through the app would take hours of recording. About two thirds are
 * reviewed (rated and marked), a half measured; no audio files are written (hasRecording false).
 */
export function writeBulkAttempts(dataDir: string, options: BulkOptions): BulkTally {
  const random = seeded(options.seed ?? 42);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const spanMs = (options.days ?? 300) * 86_400_000;
  const tally: BulkTally = { file: '', attempts: 0, rated: 0, measured: 0, perQuestion: new Map() };
  const lines: string[] = [];

  for (let i = 0; i < options.count; i++) {
    const question = pick(options.questions);
    // Oldest first, like a real history, with the newest at `end`.
    const createdMs = options.end.getTime() - spanMs + Math.round(((i + random()) / options.count) * spanMs);
    const createdAt = new Date(Math.min(createdMs, options.end.getTime())).toISOString();
    const durationMs = 20_000 + Math.round(random() * 120_000);
    const reviewed = random() < 0.66;
    const measured = random() < 0.5;
    const attempt: Attempt = {
      id: randomUUID(),
      questionId: question.id,
      createdAt,
      durationMs,
      mimeType: 'audio/webm;codecs=opus',
      sizeBytes: Math.round(durationMs * 4),
      hasRecording: false,
      recovered: false,
      review: reviewed
        ? {
            marks: Object.fromEntries(question.criteriaIds.map((c) => [c, pick(MARKS)])),
            criterionNotes: {},
            rating: 1 + Math.floor(random() * 5),
            nextTime: '',
          }
        : { marks: {}, criterionNotes: {}, rating: null, nextTime: '' },
      reviewedAt: reviewed ? new Date(Date.parse(createdAt) + 120_000).toISOString() : null,
      measurements: measured ? measurementsFor(durationMs, random) : null,
      starMarks: { situation: null, task: null, action: null, result: null },
    };
    const entry: JournalEntry = { op: 'put', attempt };
    lines.push(JSON.stringify(entry));
    tally.attempts++;
    if (reviewed) tally.rated++;
    if (measured) tally.measured++;
    tally.perQuestion.set(question.id, (tally.perQuestion.get(question.id) ?? 0) + 1);
  }

  const dir = path.join(dataDir, 'attempts');
  fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
  tally.file = path.join(dir, 'attempts.jsonl');
  fs.writeFileSync(tally.file, `${lines.join('\n')}\n`, { mode: 0o600 });
  return tally;
}

function measurementsFor(durationMs: number, random: () => number): Measurements {
  const leadingSilenceMs = 300 + Math.round(random() * 3000);
  const trailingSilenceMs = 500;
  const speechMs = Math.max(0, durationMs - leadingSilenceMs - trailingSilenceMs);
  const pauseCount = Math.floor(random() * 8);
  return {
    durationMs,
    speechMs,
    leadingSilenceMs,
    trailingSilenceMs,
    pauses: [],
    pauseCount,
    longestPauseMs: pauseCount === 0 ? 0 : 400 + Math.round(random() * 2000),
    speechLevelDb: -22,
    levelSteadinessDb: 7,
    noiseFloorDb: -62,
    clippedShare: 0,
    // Pace and pitch derived from the figures above, not drawn: an extra random() would change every
    // history generated from the same seed.
    analysisVersion: 2,
    wordsPerMinute: 105 + ((leadingSilenceMs * 7) % 90),
    syllablesPerSecond: 2.5 + (leadingSilenceMs % 200) / 100,
    articulationRate: 3.5 + (leadingSilenceMs % 150) / 100,
    pitchMedianHz: 100 + (leadingSilenceMs % 120),
    pitchRangeSemitones: 3 + (leadingSilenceMs % 60) / 10,
    pitchVariety: 0.8 + (leadingSilenceMs % 25) / 10,
  };
}
