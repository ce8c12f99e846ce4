import { afterEach, describe, expect, it } from 'vitest';
import type { Studio } from '#electron/core/open-studio.js';
import type { Attempt } from '#shared/schemas/attempt.js';
import { openTestStudio } from '#tests/support/studio.js';
import { fixedClock, useTempDirs } from '#tests/support/temp-dir.js';
import { loadChunks } from '#tests/electron/services/recordings/support.js';
import {
  byId,
  call,
  exportAll,
  exportPath,
  failure,
  importBytes,
  readBytes,
  recordAnswer,
  QUESTION_A,
  QUESTION_B,
} from '#tests/electron/services/data/support.js';

const tempDir = useTempDirs();
const open: Studio[] = [];
afterEach(async () => {
  for (const studio of open.splice(0)) await studio.close();
});

/** Records an answer to a follow-up of `parent`, through the same begin/append/finish as any take. */
async function recordFollowUp(studio: Studio, parent: Attempt, followUpIndex: number): Promise<Attempt> {
  const { chunks } = await loadChunks('webm');
  const { recordingId } = await call(studio, 'recordings:begin', {
    questionId: parent.questionId,
    mimeType: 'audio/webm;codecs=opus',
    followUpOf: { parentAttemptId: parent.id, followUpIndex },
  });
  for (const [seq, bytes] of chunks.entries()) await call(studio, 'recordings:append', { recordingId, seq, bytes });
  return call(studio, 'recordings:finish', { recordingId });
}

describe('follow-up answers', () => {
  it('are stored linked to the answer they followed, and come back linked after an export, a wipe and an import', async () => {
    const dir = tempDir();
    const clock = fixedClock();
    const studio = await openTestStudio(dir, clock);
    open.push(studio);
    const parent = await recordAnswer(studio);
    clock.advance(60_000);
    const followUp = await recordFollowUp(studio, parent, 2);
    expect(followUp).toMatchObject({ questionId: QUESTION_A, parentAttemptId: parent.id, followUpIndex: 2 });
    expect(parent.parentAttemptId).toBeUndefined();
    const before = byId(await call(studio, 'attempts:list', {}));

    const archive = readBytes(exportPath(dir, await exportAll(studio)));
    await call(studio, 'data:deleteEverything', { confirm: 'DELETE EVERYTHING' });
    expect(await call(studio, 'attempts:list', {})).toEqual([]);
    const { preview } = await importBytes(studio, archive);
    expect(preview.attempts).toMatchObject({ total: 2, new: 2 });

    const after = byId(await call(studio, 'attempts:list', {}));
    expect(after).toEqual(before);
    expect(after.find((a) => a.id === followUp.id)).toMatchObject({ parentAttemptId: parent.id, followUpIndex: 2 });
  });

  it('refuse a link to an answer that does not exist or belongs to another question', async () => {
    const studio = await openTestStudio(tempDir(), fixedClock());
    open.push(studio);
    const other = await recordAnswer(studio, QUESTION_B);
    for (const parentAttemptId of [other.id, '99999999-9999-4999-8999-999999999999']) {
      const refused = await failure(studio, 'recordings:begin', {
        questionId: QUESTION_A,
        mimeType: 'audio/webm;codecs=opus',
        followUpOf: { parentAttemptId, followUpIndex: 0 },
      });
      expect(refused).toMatchObject({ code: 'not_found', message: 'The answer this follow-up belongs to no longer exists.' });
    }
  });
});
