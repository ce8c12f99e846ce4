import fs from 'node:fs';
import path from 'node:path';
import type { Clock } from './clock.js';
import type { NoticesService } from './notices.js';

/** The data folder's own folders: each must be a real folder, never a file or a link. */
export const DATA_SUBFOLDERS = ['attempts', 'recordings', 'exports', 'imports'] as const;

/**
 * Runs first at start-up. A file where one of the app's folders belongs (copied in by hand, a
 * sync tool's conflict) once stopped the app with a raw EEXIST or ENOTDIR, and a symlink there
 * was followed: the app served, chmod-ed and cleaned up files elsewhere. Each is moved aside
 * under a name that says why (a rename moves the link, never what it points to), the app starts
 * with a new empty folder, and the user is told in words what was found and where it now is.
 * If even that is impossible, the error names the path and says what to do.
 */
export function setAsideMisshapenFolders(options: { dataDir: string; clock: Clock; notices: Pick<NoticesService, 'add'> }): void {
  const stamp = options.clock().toISOString().replace(/[:.]/g, '-');
  for (const name of DATA_SUBFOLDERS) {
    const where = path.join(options.dataDir, name);
    const info = fs.lstatSync(where, { throwIfNoEntry: false });
    if (!info || info.isDirectory()) continue;
    const what = info.isSymbolicLink() ? `a link to ${linkTarget(where)}, not a folder of its own` : 'a file, not a folder';
    const aside = `${where}.not-a-folder-${stamp}`;
    try {
      fs.renameSync(where, aside);
    } catch (error) {
      throw new Error(
        `In the data folder, ${where} is ${what}, and Interview Studio could not move it out of the way ` +
          `(${(error as NodeJS.ErrnoException).code ?? 'unknown error'}). Move or delete it yourself, then start the app again.`,
      );
    }
    const kept = info.isSymbolicLink() ? 'the files it pointed to are untouched' : 'its contents are kept there';
    options.notices.add(
      'store_reset',
      'warning',
      `In your data folder, "${name}" was ${what}, so the app could not use it. It was set aside as ${path.basename(aside)} ` +
        `(${kept}) and a new, empty "${name}" folder is used.`,
    );
  }
}

function linkTarget(link: string): string {
  try {
    return fs.readlinkSync(link);
  } catch {
    return 'somewhere else';
  }
}
