import { constants } from 'node:fs';
import { lstat, open, type FileHandle } from 'node:fs/promises';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { EXPORT_FILE_PATTERN } from '#shared/schemas/exports.js';
import { folderKind, isPlainFile } from '#electron/services/storage/plain-files.js';

/** Electron serves finished exports on this scheme; the browser host on `/exports/<file>`. */
export const EXPORTS_SCHEME = 'studio-exports';

export const exportDownloadUrl = (host: 'electron' | 'browser', fileName: string): string =>
  host === 'electron' ? `${EXPORTS_SCHEME}://export/${encodeURIComponent(fileName)}` : `/exports/${encodeURIComponent(fileName)}`;

const plain = (status: number, text: string) =>
  new Response(text, { status, headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' } });

/**
 * Serves a finished export archive as a download, written once as a web-standard handler like
 * the media handler. Only names an export job makes are served (a strict pattern: no `..`, no
 * separators, no temp files), only regular files with one link (not symlinks, not hard links), from
 * an exports folder that is not a symlink, opened with O_NOFOLLOW.
 */
export function createExportsHandler(exportsDir: string): (request: Request) => Promise<Response> {
  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return plain(405, 'Method not allowed');
    let name: string;
    try {
      name = decodeURIComponent(new URL(request.url).pathname.split('/').pop() ?? '');
    } catch {
      return plain(404, 'Not found');
    }
    if (!EXPORT_FILE_PATTERN.test(name)) return plain(404, 'Not found');
    // Only an exports folder that is a real folder, and only a file with one link: a symlinked
    // folder or a hard link would serve a file that lives somewhere else.
    if ((await folderKind(exportsDir)) !== 'folder') return plain(404, 'Not found');
    const path = join(exportsDir, name);
    const info = await lstat(path).catch(() => null);
    if (!info || !isPlainFile(info)) return plain(404, 'Not found');

    let handle: FileHandle;
    try {
      handle = await open(path, constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0));
    } catch {
      return plain(404, 'Not found');
    }
    const opened = await handle.stat();
    if (!isPlainFile(opened)) {
      await handle.close();
      return plain(404, 'Not found');
    }
    const size = opened.size;
    const headers = {
      'Content-Type': 'application/zip',
      'Content-Length': String(size),
      'Content-Disposition': `attachment; filename="${name}"`,
      'Cache-Control': 'no-store',
      'X-Content-Type-Options': 'nosniff',
    };
    if (request.method === 'HEAD' || size === 0) {
      await handle.close();
      return new Response(null, { status: 200, headers });
    }
    const body = Readable.toWeb(handle.createReadStream({ autoClose: true })) as unknown as ReadableStream<Uint8Array>;
    return new Response(body, { status: 200, headers });
  };
}
