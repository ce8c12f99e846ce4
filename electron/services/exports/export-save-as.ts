import { randomBytes } from 'node:crypto';
import { constants } from 'node:fs';
import { copyFile, lstat, open, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { StudioError } from '#shared/contract/errors.js';
import { EXPORT_FILE_PATTERN } from '#shared/schemas/exports.js';
import { toStudioIoError } from '#electron/services/storage/io-errors.js';

/** Asks the user where to save a file (the desktop app's save dialog); null if they cancelled. */
export type ChooseExportPath = (suggestedName: string) => Promise<string | null>;

export type SaveExportResult = { saved: true; path: string } | { saved: false };

/**
 * Saves a finished export where the user chooses, in the desktop app. The page cannot download
 * it there: the archive is served on another scheme, so a `download` link becomes a navigation,
 * which the window refuses. The copy is written beside its target and renamed into place, so a
 * full disk leaves no half archive, and an earlier file of that name stays whole until then.
 */
export function createExportSaveAs(deps: { exportsDir: string; choosePath?: ChooseExportPath }) {
  return {
    available: deps.choosePath !== undefined,
    async save(fileName: string): Promise<SaveExportResult> {
      const { choosePath } = deps;
      if (!choosePath)
        throw new StudioError('not_available', 'Saving an export to a folder you choose needs the desktop app. Use Download.');
      // The pattern again here: the name joins a folder path, so nothing path-like may pass.
      if (!EXPORT_FILE_PATTERN.test(fileName)) throw new StudioError('invalid_request', 'That is not the name of an export.');
      const source = path.join(deps.exportsDir, fileName);
      const info = await lstat(source).catch(() => null);
      if (!info?.isFile()) throw new StudioError('not_found', 'That export is no longer there. Export again, then save it.');

      const chosen = await choosePath(fileName);
      if (chosen === null) return { saved: false };
      const target = path.extname(chosen).toLowerCase() === '.zip' ? chosen : `${chosen}.zip`;
      const temp = path.join(path.dirname(target), `.${path.basename(target)}.${randomBytes(4).toString('hex')}.part`);
      try {
        await copyFile(source, temp, constants.COPYFILE_EXCL);
        const handle = await open(temp, 'r+');
        try {
          await handle.datasync(); // on the disk before it takes the name the user will open
        } finally {
          await handle.close();
        }
        await rename(temp, target);
      } catch (error) {
        await rm(temp, { force: true });
        throw toStudioIoError(error, 'save the export there');
      }
      return { saved: true, path: target };
    },
  };
}
export type ExportSaveAs = ReturnType<typeof createExportSaveAs>;
