import { afterEach, describe, expect, it } from 'vitest';
import type { Studio } from '#electron/core/open-studio.js';
import { AttemptSchema } from '#shared/schemas/attempt.js';
import { openTestStudio } from '#tests/support/studio.js';
import { fixedClock, useTempDirs } from '#tests/support/temp-dir.js';
import { byId, call, exportAll, exportPath, importBytes, readBytes, recordAnswer, review } from '#tests/electron/services/data/support.js';

const tempDir = useTempDirs();
const open: Studio[] = [];
afterEach(async () => {
  for (const studio of open.splice(0)) await studio.close();
});

describe('must-have marks', () => {
  it('are saved with the review and come back after an export, a wipe and an import', async () => {
    const dir = tempDir();
    const studio = await openTestStudio(dir, fixedClock());
    open.push(studio);
    const answer = await recordAnswer(studio);
    const mustHaveMarks = { 'qualified-interpreter': 'met', 'verify-identity-first': 'not_met' } as const;
    const saved = await call(studio, 'attempts:review', { attemptId: answer.id, review: review({ mustHaveMarks }) });
    expect(saved.review.mustHaveMarks).toEqual(mustHaveMarks);
    const before = byId(await call(studio, 'attempts:list', {}));

    const archive = readBytes(exportPath(dir, await exportAll(studio)));
    await call(studio, 'data:deleteEverything', { confirm: 'DELETE EVERYTHING' });
    await importBytes(studio, archive);

    const after = byId(await call(studio, 'attempts:list', {}));
    expect(after).toEqual(before);
    expect(after.find((a) => a.id === answer.id)?.review.mustHaveMarks).toEqual(mustHaveMarks);
  });

  it('are optional: a review or journal line written before them still loads, without any', () => {
    const older = {
      id: '11111111-1111-4111-8111-111111111111',
      questionId: 'insurance-denial',
      createdAt: '2026-11-01T10:00:00.000Z',
      durationMs: 1000,
      mimeType: 'audio/webm',
      sizeBytes: 10,
      hasRecording: true,
      recovered: false,
      review: { marks: { empathy: 'met' }, criterionNotes: {}, rating: 3, nextTime: '' },
      reviewedAt: '2026-11-01T10:05:00.000Z',
    };
    const parsed = AttemptSchema.parse(older);
    expect(parsed.review).toEqual(older.review);
    expect(parsed.review.mustHaveMarks).toBeUndefined();
  });
});
