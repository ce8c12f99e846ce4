import fs from 'node:fs';
import path from 'node:path';
import type { Library } from '#shared/content/schema.js';
import { AttemptSchema, EMPTY_REVIEW, EMPTY_STAR_MARKS, type Attempt, type CriterionMark } from '#shared/schemas/attempt.js';
import type { Measurements } from '#shared/schemas/measurements.js';

/**
 * A practice history of N attempts as the app would have written it after months of use: each
 * answer measured and reviewed (marks, notes, a rating, STAR marks). Deterministic (seeded), so
 * every run measures the same data.
 */
export function makeHistory(library: Library, count: number, seed = 1): Attempt[] {
  const random = mulberry32(seed);
  const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)]!;
  const questions = library.questions;
  const yearStart = Date.parse('2026-01-01T08:00:00.000Z');
  const attempts: Attempt[] = [];
  for (let i = 0; i < count; i++) {
    const question = pick(questions);
    const createdAt = new Date(yearStart + Math.floor((i / count) * 330 * 86_400_000) + Math.floor(random() * 3_600_000));
    const durationMs = 30_000 + Math.floor(random() * 120_000);
    const marks: Record<string, CriterionMark> = {};
    for (const criterionId of question.criteriaIds) marks[criterionId] = pick(['met', 'partly', 'not_met'] as const);
    const noted = question.criteriaIds[0]!;
    attempts.push(
      AttemptSchema.parse({
        id: uuid(random),
        questionId: question.id,
        createdAt: createdAt.toISOString(),
        durationMs,
        mimeType: 'audio/webm;codecs=opus',
        sizeBytes: Math.round(durationMs * 4.2),
        hasRecording: true,
        recovered: false,
        review: {
          marks,
          criterionNotes: { [noted]: 'Said the outcome but not how I checked it afterwards.' },
          rating: 1 + Math.floor(random() * 5),
          nextTime: 'Open with the result, then the story; name the patient’s worry before the fix.',
        },
        reviewedAt: new Date(createdAt.getTime() + 300_000).toISOString(),
        measurements: measurementsFor(durationMs, random),
        starMarks: { situation: 0, task: 6_000, action: 15_000, result: Math.min(durationMs, 40_000) },
      }),
    );
  }
  return attempts;
}

/** The journal as the attempt store leaves it: a line when the take was saved, another for its review. */
export function writeJournal(dataDir: string, attempts: readonly Attempt[]): void {
  const dir = path.join(dataDir, 'attempts');
  fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
  const lines: string[] = [];
  for (const attempt of attempts) {
    lines.push(JSON.stringify({ op: 'put', attempt: { ...attempt, review: EMPTY_REVIEW, reviewedAt: null, starMarks: EMPTY_STAR_MARKS } }));
    lines.push(JSON.stringify({ op: 'put', attempt }));
  }
  fs.writeFileSync(path.join(dir, 'attempts.jsonl'), `${lines.join('\n')}\n`, { mode: 0o600 });
}

function measurementsFor(durationMs: number, random: () => number): Measurements {
  const pauses = [];
  let at = 1_500;
  for (let i = 0; i < 6 && at < durationMs - 4_000; i++) {
    at += 3_000 + Math.floor(random() * 8_000);
    const length = 600 + Math.floor(random() * 1_500);
    if (at + length >= durationMs - 1_000) break;
    pauses.push({ startMs: at, endMs: at + length });
    at += length;
  }
  const longest = pauses.reduce((max, p) => Math.max(max, p.endMs - p.startMs), 0);
  return {
    durationMs,
    speechMs: Math.round(durationMs * 0.8),
    leadingSilenceMs: 900,
    trailingSilenceMs: 700,
    pauses,
    pauseCount: pauses.length,
    longestPauseMs: longest,
    speechLevelDb: -18.4,
    levelSteadinessDb: 7.2,
    noiseFloorDb: -58.1,
    clippedShare: 0,
  };
}

function uuid(random: () => number): string {
  const hex = Array.from({ length: 32 }, () => Math.floor(random() * 16).toString(16)).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/** A small seeded PRNG (public domain), so the history is the same on every run. */
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
