import { lstat, realpath } from 'node:fs/promises';
import { isAbsolute, join, relative, sep } from 'node:path';
import { isOpaqueId } from '#shared/schemas/ids.js';
import { folderKind, isPlainFile } from '#electron/services/storage/plain-files.js';
import { CONTAINERS, contentTypeOf } from './containers/containers.js';

export type ResolvedRecording = { path: string; mimeType: string; size: number };

/**
 * Maps a recording id to its finished file, for the media handler. Ids are opaque UUIDs, so
 * anything else (`../x`, `%2e%2e`, an absolute path, a NUL) is refused before any file is
 * touched. As defence in depth, in case a bug ever lets a crafted name through, the file must
 * be a regular file with one link (not a symlink, not a hard link to a file elsewhere), in a
 * recordings folder that is not a symlink either, whose real path stays inside that folder
 * (`path.relative`, which knows separators: a `startsWith` test would accept `/recordings-evil`).
 */
export async function resolveRecordingFile(dir: string, id: unknown): Promise<ResolvedRecording | null> {
  if (!isOpaqueId(id)) return null;
  // A recordings folder that is a symlink is not ours to serve from, whatever is inside it.
  if ((await folderKind(dir)) !== 'folder') return null;
  for (const container of CONTAINERS) {
    const candidate = join(dir, `${id}.${container}`);
    const info = await lstat(candidate).catch(() => null);
    if (!info || info.isSymbolicLink() || !isPlainFile(info)) continue;
    const [realDir, realFile] = await Promise.all([realpath(dir), realpath(candidate)]).catch(() => [null, null]);
    if (realDir === null || realFile === null || !isInside(realDir, realFile)) return null;
    return { path: realFile, mimeType: contentTypeOf(container), size: info.size };
  }
  return null;
}

/** True when `child` is strictly inside `parent`; both must be absolute, resolved paths. */
export function isInside(parent: string, child: string): boolean {
  const rel = relative(parent, child);
  return rel !== '' && rel !== '..' && !rel.startsWith(`..${sep}`) && !isAbsolute(rel);
}
