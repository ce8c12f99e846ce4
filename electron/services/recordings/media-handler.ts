import { constants } from 'node:fs';
import { open, type FileHandle } from 'node:fs/promises';
import { Readable } from 'node:stream';
import { isPlainFile } from '#electron/services/storage/plain-files.js';

export type MediaFile = { path: string; mimeType: string; size: number };
export type ResolveMediaFile = (id: string) => Promise<MediaFile | null> | MediaFile | null;

/** An inclusive byte range, as HTTP counts them. */
export type ByteRange = { start: number; end: number };

/**
 * Reads a `Range` header against a file of `size` bytes (RFC 9110 §14.1.2): one range in any of
 * its three forms, `bytes=a-b`, `a-` and `-n`. A header we do not understand (several ranges,
 * another unit, nonsense) is ignored, as the RFC allows, and the whole file is sent.
 */
export function parseRange(header: string | null, size: number): ByteRange | 'unsatisfiable' | null {
  if (header === null) return null;
  const match = /^\s*bytes\s*=\s*(\d*)\s*-\s*(\d*)\s*$/i.exec(header);
  if (!match) return null;
  const [, first = '', last = ''] = match;
  if (first === '' && last === '') return null;
  if (first === '') {
    const suffix = Number(last);
    if (suffix === 0 || size === 0) return 'unsatisfiable';
    return { start: Math.max(0, size - suffix), end: size - 1 };
  }
  const start = Number(first);
  if (last !== '' && Number(last) < start) return null; // invalid syntax: ignore the header
  if (start >= size) return 'unsatisfiable';
  return { start, end: last === '' ? size - 1 : Math.min(Number(last), size - 1) };
}

/** The recording id is the last path segment: `studio-media://recording/<id>` or `/media/<id>`. */
function idFromUrl(url: string): string {
  try {
    return new URL(url).pathname.split('/').pop() ?? '';
  } catch {
    return '';
  }
}

const COMMON_HEADERS = {
  'Accept-Ranges': 'bytes',
  // Recordings can be deleted or replaced (a recovered file, a retention sweep): never serve a stale copy.
  'Cache-Control': 'no-store',
  'X-Content-Type-Options': 'nosniff',
};

const plain = (status: number, text: string, extra: Record<string, string> = {}): Response =>
  new Response(text, {
    status,
    headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store', ...extra },
  });

/**
 * Serves finished recordings to `<audio>`, written once as a web-standard handler: Electron
 * mounts it with `protocol.handle` on a privileged scheme, the browser host on `/media/…`.
 * Byte ranges are what let the player seek and read a file's end without fetching it whole;
 * the file is streamed from disk, so a small range of a long answer reads only that range.
 *
 * The id is resolved by the recordings service, which refuses anything but an opaque id and
 * checks the file stays inside the recordings folder; here the file is also opened with
 * O_NOFOLLOW where the platform has it, so a symlink swapped in after that check is refused.
 */
export function createMediaHandler(resolveFile: ResolveMediaFile): (request: Request) => Promise<Response> {
  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      return plain(405, 'Method not allowed', { Allow: 'GET, HEAD' });
    }
    const file = await resolveFile(idFromUrl(request.url));
    if (!file) return plain(404, 'Not found');

    let handle: FileHandle;
    try {
      handle = await open(file.path, constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0));
    } catch {
      return plain(404, 'Not found'); // deleted between resolving and opening
    }
    let keepOpen = false;
    try {
      const opened = await handle.stat(); // the file as opened, not as resolved
      // A hard link made between resolving and opening is refused too (O_NOFOLLOW stops only symlinks).
      if (!isPlainFile(opened)) return plain(404, 'Not found');
      const size = opened.size;
      const range = parseRange(request.headers.get('range'), size);
      if (range === 'unsatisfiable') {
        return new Response(null, {
          status: 416,
          headers: { ...COMMON_HEADERS, 'Content-Range': `bytes */${size}` },
        });
      }
      const { start, end } = range ?? { start: 0, end: size - 1 };
      const length = Math.max(0, end - start + 1);
      const headers: Record<string, string> = {
        ...COMMON_HEADERS,
        'Content-Type': file.mimeType,
        'Content-Length': String(length),
      };
      if (range) headers['Content-Range'] = `bytes ${start}-${end}/${size}`;
      const status = range ? 206 : 200;
      if (request.method === 'HEAD' || length === 0) return new Response(null, { status, headers });

      // The stream closes the handle when it ends or is cancelled by the player.
      const stream = handle.createReadStream({ start, end, autoClose: true });
      keepOpen = true;
      const body = Readable.toWeb(stream) as unknown as ReadableStream<Uint8Array>;
      return new Response(body, { status, headers });
    } finally {
      if (!keepOpen) await handle.close();
    }
  };
}
