import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '#tests/support/browser-host-process.js';
import { bundledScript } from '#tests/support/bundle-child.js';
import { snapshotFolder } from '#tests/support/folder-snapshot.js';
import { openTestStudio } from '#tests/support/studio.js';
import { useTempDirs } from '#tests/support/temp-dir.js';
import { call, QUESTION_A, QUESTION_B, recordAnswer, review } from '#tests/electron/services/data/support.js';

const tempDir = useTempDirs();

/**
 * Issue 19 item 1: `npm run data -- export` beside a running app on the same folder. Before, the
 * export opened the whole studio, whose start-up compacted the journal into a new file (the app
 * kept appending to the old one, so later saves were gone after a restart) and removed the app's
 * import upload in progress.
 */
describe('a command-line export beside the running app', () => {
  it('writes nothing in the folder, and every save after it survives a restart', async () => {
    const dir = tempDir();
    let studio = await openTestStudio(dir);
    const first = await recordAnswer(studio, QUESTION_A);
    // Enough superseded lines that any writing start would compact the journal.
    for (let i = 0; i < 220; i++) await call(studio, 'attempts:review', { attemptId: first.id, review: review({ nextTime: `take ${i}` }) });
    // An import the person is uploading right now.
    const { importId } = await call(studio, 'imports:begin', { totalBytes: 10 });
    await call(studio, 'imports:append', { importId, seq: 0, bytes: new Uint8Array([80, 75, 3, 4, 0]) });

    const before = snapshotFolder(dir);
    const out = path.join(tempDir(), 'backup.zip');
    const run = spawnSync(process.execPath, [bundledScript('scripts/data.ts'), 'export', '--data-dir', dir, '--out', out], {
      cwd: repoRoot,
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(run.stderr).toBe('');
    expect(run.stdout).toMatch(/^Exported 1 answer\(s\) and 1 recording\(s\)/);
    expect(snapshotFolder(dir)).toBe(before);

    // The app carries on: the upload, a review and a new answer, all acknowledged.
    expect(await call(studio, 'imports:append', { importId, seq: 1, bytes: new Uint8Array([1, 2, 3, 4, 5]) })).toEqual({
      bytesReceived: 10,
    });
    await call(studio, 'attempts:review', { attemptId: first.id, review: review({ nextTime: 'saved after the export' }) });
    const later = await recordAnswer(studio, QUESTION_B);
    await studio.close();

    studio = await openTestStudio(dir);
    const attempts = await call(studio, 'attempts:list', {});
    expect(attempts.find((a) => a.id === first.id)?.review.nextTime).toBe('saved after the export');
    expect(attempts.find((a) => a.id === later.id)).toBeDefined();
    expect((await studio.media(new Request(`studio-media://recording/${later.id}`))).status).toBe(200);
    await studio.close();
    expect(fs.existsSync(`${out}.part`)).toBe(false);
  });
});
