import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openAttempts } from '#electron/services/attempts/attempts.js';
import { createNotices } from '#electron/services/storage/notices.js';
import { channels } from '#shared/contract/channels.js';
import type { Measurements } from '#shared/schemas/measurements.js';
import { makeAttempt } from '#tests/support/attempt-factory.js';
import { fixedClock, useTempDirs } from '#tests/support/temp-dir.js';

const measurements: Measurements = {
  durationMs: 4000,
  speechMs: 2900,
  leadingSilenceMs: 400,
  trailingSilenceMs: 300,
  pauses: [{ startMs: 1500, endMs: 2100 }],
  pauseCount: 1,
  longestPauseMs: 600,
  speechLevelDb: -21.5,
  levelSteadinessDb: 7.2,
  noiseFloorDb: -70,
  clippedShare: 0,
};
const starMarks = { situation: 0, task: 900, action: 1800, result: null };
const review = { marks: { star: 'met' as const }, criterionNotes: {}, rating: 3, nextTime: '' };

describe('attempt store: measurements and STAR marks', () => {
  const tempDir = useTempDirs();
  const open = (dataDir: string) => openAttempts({ dataDir, clock: fixedClock(), notices: createNotices(fixedClock()) });

  it('stores each as one appended journal line that survives a reopen', async () => {
    const dir = tempDir();
    const store = await open(dir);
    const a = await store.create(makeAttempt());
    expect(await store.setMeasurements(a.id, measurements)).toMatchObject({ measurements });
    expect(await store.setStarMarks(a.id, starMarks)).toMatchObject({ starMarks, measurements });
    await store.close();

    const lines = fs
      .readFileSync(path.join(dir, 'attempts', 'attempts.jsonl'), 'utf8')
      .trim()
      .split('\n');
    expect(lines).toHaveLength(3);
    const again = await open(dir);
    expect(again.get(a.id)).toMatchObject({ measurements, starMarks });
    await again.close();
  });

  it('keeps every field when a review, measurements and marks are saved at the same moment', async () => {
    const store = await open(tempDir());
    const a = await store.create(makeAttempt());
    await Promise.all([store.review(a.id, review), store.setMeasurements(a.id, measurements), store.setStarMarks(a.id, starMarks)]);
    expect(store.get(a.id)).toMatchObject({ review, measurements, starMarks });
    await store.close();
  });

  it('refuses an unknown attempt with not_found, and a later change still goes through', async () => {
    const store = await open(tempDir());
    const a = await store.create(makeAttempt());
    await expect(store.setMeasurements('00000000-0000-4000-8000-000000000000', measurements)).rejects.toMatchObject({ code: 'not_found' });
    await expect(store.setStarMarks(a.id, starMarks)).resolves.toMatchObject({ starMarks });
    await store.close();
  });
});

describe('contract: attempts:measure and attempts:starMarks', () => {
  const id = '00000000-0000-4000-8000-000000000001';

  it('accepts well-formed requests', () => {
    expect(channels['attempts:measure'].request.safeParse({ attemptId: id, measurements }).success).toBe(true);
    expect(channels['attempts:starMarks'].request.safeParse({ attemptId: id, starMarks }).success).toBe(true);
  });

  it('refuses out-of-range or extra fields', () => {
    const measure = channels['attempts:measure'].request;
    expect(measure.safeParse({ attemptId: id, measurements: { ...measurements, clippedShare: 2 } }).success).toBe(false);
    expect(measure.safeParse({ attemptId: id, measurements: { ...measurements, extra: 1 } }).success).toBe(false);
    expect(measure.safeParse({ attemptId: id, measurements: { ...measurements, pauses: [{ startMs: 5, endMs: 2 }] } }).success).toBe(false);
    const marks = channels['attempts:starMarks'].request;
    expect(marks.safeParse({ attemptId: id, starMarks: { ...starMarks, task: -1 } }).success).toBe(false);
    expect(marks.safeParse({ attemptId: id, starMarks: { ...starMarks, summary: 5 } }).success).toBe(false);
    expect(marks.safeParse({ attemptId: id, starMarks: { situation: 1 } }).success).toBe(false);
  });
});
