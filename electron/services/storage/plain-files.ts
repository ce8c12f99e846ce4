import type { Stats } from 'node:fs';
import { lstat } from 'node:fs/promises';

/**
 * A file the app made and alone names: a regular file with one link. A hard link in recordings/
 * or exports/ would let whoever made it have the app serve (or chmod, or delete) a file that lives
 * elsewhere too, and the app never makes one; so such a file is refused like a missing one.
 */
export const isPlainFile = (info: Pick<Stats, 'isFile' | 'nlink'>): boolean => info.isFile() && info.nlink === 1;

/**
 * Whether `dir` is a real folder, not a symlink to one (nor a file): the app's own folders are
 * never links, and following one would serve, chmod or clean up files somewhere else. Missing: null.
 */
export async function folderKind(dir: string): Promise<'folder' | 'link' | 'other' | null> {
  const info = await lstat(dir).catch(() => null);
  if (!info) return null;
  if (info.isSymbolicLink()) return 'link';
  return info.isDirectory() ? 'folder' : 'other';
}
