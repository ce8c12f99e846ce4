import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Notice } from '#shared/schemas/notice.js';
import { openTestStudio } from '#tests/support/studio.js';
import { useTempDirs } from '#tests/support/temp-dir.js';
import { call, exportAll, exportPath, failure, recordAnswer } from '#tests/electron/services/data/support.js';

const tempDir = useTempDirs();
const get = (handler: (r: Request) => Promise<Response>, url: string) => handler(new Request(url));

/**
 * Links in the data folder: the app never makes one, and one made by someone else must not make
 * it serve, chmod or clean up a file that lives elsewhere (red-team finding, issue 19).
 */
describe('links in recordings/ and exports/', () => {
  it('refuses a recording or an export that is a hard link, and serves them when they are not', async () => {
    const dir = tempDir();
    const studio = await openTestStudio(dir);
    try {
      const attempt = await recordAnswer(studio);
      const exported = exportPath(dir, await exportAll(studio));
      const name = path.basename(exported);
      expect((await get(studio.media, `http://x/media/${attempt.id}`)).status).toBe(200);
      expect((await get(studio.exportFiles, `http://x/exports/${name}`)).status).toBe(200);

      // A second name for each file, outside the app's folders: now each has two links.
      const elsewhere = tempDir();
      const recording = fs.readdirSync(path.join(dir, 'recordings')).find((f) => f.startsWith(attempt.id) && !f.includes('waveform'))!;
      fs.linkSync(path.join(dir, 'recordings', recording), path.join(elsewhere, 'secret-copy'));
      fs.linkSync(exported, path.join(elsewhere, 'export-copy'));
      expect((await get(studio.media, `http://x/media/${attempt.id}`)).status).toBe(404);
      expect((await get(studio.exportFiles, `http://x/exports/${name}`)).status).toBe(404);
    } finally {
      await studio.close();
    }
  });

  it('sets aside a recordings folder that is a symlink at start-up, without touching or chmod-ing its target', async () => {
    const dir = tempDir();
    const target = tempDir();
    fs.chmodSync(target, 0o755);
    fs.writeFileSync(path.join(target, 'someone-elses.txt'), 'keep me');
    fs.symlinkSync(target, path.join(dir, 'recordings'));
    const studio = await openTestStudio(dir);
    try {
      const notices = await call(studio, 'app:notices');
      expect((notices as Notice[]).map((n) => n.message).join('\n')).toMatch(
        new RegExp(`"recordings" was a link to ${target}, not a folder of its own.*set aside as recordings\\.not-a-folder-`),
      );
      await recordAnswer(studio);
      expect(fs.lstatSync(path.join(dir, 'recordings')).isDirectory()).toBe(true);
      expect(fs.statSync(target).mode & 0o777).toBe(0o755);
      expect(fs.readdirSync(target)).toEqual(['someone-elses.txt']);
    } finally {
      await studio.close();
    }
  });

  it('refuses to record into, or serve from, a recordings folder replaced by a symlink while running', async () => {
    const dir = tempDir();
    const studio = await openTestStudio(dir);
    try {
      const attempt = await recordAnswer(studio);
      const target = tempDir();
      fs.chmodSync(target, 0o755);
      fs.cpSync(path.join(dir, 'recordings'), target, { recursive: true });
      fs.rmSync(path.join(dir, 'recordings'), { recursive: true });
      fs.symlinkSync(target, path.join(dir, 'recordings'));
      expect((await get(studio.media, `http://x/media/${attempt.id}`)).status).toBe(404);
      const refused = await failure(studio, 'recordings:begin', { questionId: attempt.questionId, mimeType: attempt.mimeType });
      expect(refused).toMatchObject({ code: 'io_error', message: expect.stringContaining('is a link to another folder') });
      expect(fs.statSync(target).mode & 0o777).toBe(0o755);
    } finally {
      await studio.close();
    }
  });
});
