import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runExport } from '#electron/services/exports/export-run.js';
import type { Attempt } from '#shared/schemas/attempt.js';
import type { Library } from '#shared/content/schema.js';
import type { Settings } from '#shared/schemas/settings.js';
import { call, recordAnswer, QUESTION_A, QUESTION_B } from '#tests/electron/services/data/support.js';
import { useTestStudios } from '#tests/support/studio.js';
import { useTempDirs } from '#tests/support/temp-dir.js';

const tempDir = useTempDirs();
const studioOn = useTestStudios();

/** What an export gathers from, taken from a real studio with three answers. */
async function depsWithThreeAnswers() {
  const studio = await studioOn(tempDir());
  for (const question of [QUESTION_A, QUESTION_B, QUESTION_A]) await recordAnswer(studio, question);
  const attempts = (await call(studio, 'attempts:list', {})) as Attempt[];
  return {
    attempts: { list: () => attempts },
    settings: { get: (): Settings => ({}) as Settings },
    library: (await call(studio, 'library:get')) as Library,
    resolveRecording: async () => null,
    appVersion: '0.0.0-test',
  };
}

describe('an export while it gathers its contents', () => {
  it('says how many answers it has gathered before the total is known, then the bytes', async () => {
    const deps = await depsWithThreeAnswers();
    const events: string[] = [];
    await runExport(deps, {}, path.join(tempDir(), 'out.zip'), {
      exportedAt: new Date('2026-12-07T12:00:00Z'),
      onGathering: (attempts) => events.push(`gathered ${attempts}`),
      onProgress: (done, total) => events.push(done === 0 ? `total ${total > 0}` : 'bytes'),
    });
    expect(events.slice(0, 5)).toEqual(['gathered 0', 'gathered 1', 'gathered 2', 'gathered 3', 'total true']);
  });

  it('stops while gathering when cancelled, before writing anything', async () => {
    const deps = await depsWithThreeAnswers();
    const abort = new AbortController();
    const dir = tempDir();
    const run = runExport(deps, {}, path.join(dir, 'out.zip'), {
      exportedAt: new Date('2026-12-07T12:00:00Z'),
      signal: abort.signal,
      onGathering: (attempts) => attempts === 1 && abort.abort(),
    });
    await expect(run).rejects.toThrow();
    expect(fs.readdirSync(dir)).toEqual([]);
  });
});
