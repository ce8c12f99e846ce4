import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openTestStudio } from '#tests/support/studio.js';
import { fixedClock, useTempDirs } from '#tests/support/temp-dir.js';
import { call, exportAll, exportPath, failure, recordAnswer } from '#tests/electron/services/data/support.js';

const tempDir = useTempDirs();

/** A studio with the desktop shell's save dialog, answering with `answers` in turn (null = Cancel). */
async function desktopStudio(dataDir: string, answers: Array<string | null>) {
  const asked: string[] = [];
  const studio = await openTestStudio(dataDir, fixedClock(), {
    chooseExportPath: async (suggestedName) => (asked.push(suggestedName), answers.shift() ?? null),
  });
  return { studio, asked };
}

describe('exports:saveAs through the composition root', () => {
  it('with the desktop shell: asks where, offering the archive’s name, and copies it there whole', async () => {
    const dataDir = tempDir();
    const elsewhere = tempDir();
    const { studio, asked } = await desktopStudio(dataDir, [path.join(elsewhere, 'my practice')]);
    try {
      await recordAnswer(studio);
      const done = await exportAll(studio);
      const saved = await call(studio, 'exports:saveAs', { fileName: done.fileName });
      expect(asked).toEqual([done.fileName]);
      // The extension is added when the user typed a name without it.
      expect(saved).toEqual({ saved: true, path: path.join(elsewhere, 'my practice.zip') });
      expect(fs.readFileSync(path.join(elsewhere, 'my practice.zip'))).toEqual(fs.readFileSync(exportPath(dataDir, done)));
      expect(fs.readdirSync(elsewhere)).toEqual(['my practice.zip']); // no temp file left beside it
    } finally {
      await studio.close();
    }
  });

  it('replaces an older file of that name only once the copy is complete, and Cancel saves nothing', async () => {
    const dataDir = tempDir();
    const elsewhere = tempDir();
    const target = path.join(elsewhere, 'practice.zip');
    fs.writeFileSync(target, 'an older export');
    const { studio } = await desktopStudio(dataDir, [null, target]);
    try {
      const done = await exportAll(studio);
      expect(await call(studio, 'exports:saveAs', { fileName: done.fileName })).toEqual({ saved: false });
      expect(fs.readFileSync(target, 'utf8')).toBe('an older export');
      expect(await call(studio, 'exports:saveAs', { fileName: done.fileName })).toEqual({ saved: true, path: target });
      expect(fs.readFileSync(target)).toEqual(fs.readFileSync(exportPath(dataDir, done)));
    } finally {
      await studio.close();
    }
  });

  it('refuses names that are not exports, and an export that is gone, in plain words, before asking', async () => {
    const { studio, asked } = await desktopStudio(tempDir(), [tempDir()]);
    try {
      expect(await failure(studio, 'exports:saveAs', { fileName: '../config.json' })).toMatchObject({ code: 'invalid_request' });
      expect(await failure(studio, 'exports:saveAs', { fileName: 'interview-studio-20261127-100000.zip' })).toEqual({
        code: 'not_found',
        message: 'That export is no longer there. Export again, then save it.',
      });
      expect(asked).toEqual([]);
    } finally {
      await studio.close();
    }
  });

  it('a copy that cannot be written says why in plain words', async () => {
    const dataDir = tempDir();
    const missingFolder = path.join(tempDir(), 'gone', 'practice.zip');
    const { studio } = await desktopStudio(dataDir, [missingFolder]);
    try {
      const done = await exportAll(studio);
      expect(await failure(studio, 'exports:saveAs', { fileName: done.fileName })).toEqual({
        code: 'io_error',
        message: 'The app could not save the export there (ENOENT).',
      });
    } finally {
      await studio.close();
    }
  });

  it('in the browser host: not available (it downloads the archive instead)', async () => {
    const dataDir = tempDir();
    const studio = await openTestStudio(dataDir);
    try {
      const done = await exportAll(studio);
      expect(await failure(studio, 'exports:saveAs', { fileName: done.fileName })).toMatchObject({
        code: 'not_available',
        message: expect.stringContaining('Use Download'),
      });
    } finally {
      await studio.close();
    }
  });
});
