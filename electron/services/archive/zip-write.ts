import { createReadStream, createWriteStream } from 'node:fs';
import { open, rename, rm } from 'node:fs/promises';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import yazl from 'yazl';

/** One file going into an archive: bytes made in memory, or a file streamed from disk. */
export type ZipSource = { name: string; bytes: Uint8Array; compress: boolean } | { name: string; path: string; size: number };

export const sourceSize = (source: ZipSource): number => ('bytes' in source ? source.bytes.byteLength : source.size);

export interface WriteZipOptions {
  /** Every entry gets this time, so the same data and clock give byte-identical archives. */
  mtime: Date;
  signal?: AbortSignal;
  /** Called as source bytes are read into the archive. */
  onProgress?: (doneBytes: number) => void;
}

/**
 * Writes a zip with yazl (streaming, ZIP64 past 4 GiB) to `<target>.part`, flushes it and
 * renames it into place, so `target` only ever exists complete. A cancel or a failure
 * removes the partial file. Recordings are stored as they are: opus does not compress.
 */
export async function writeZipAtomically(target: string, sources: readonly ZipSource[], options: WriteZipOptions): Promise<void> {
  const temp = `${target}.part`;
  const zip = new yazl.ZipFile();
  let done = 0;
  const advance = (n: number) => {
    done += n;
    options.onProgress?.(done);
  };
  const opened = new Set<NodeJS.ReadableStream & { destroy(): void }>();

  for (const source of sources) {
    const common = { mtime: options.mtime, mode: 0o100600, forceDosTimestamp: true };
    if ('bytes' in source) {
      zip.addBuffer(Buffer.from(source.bytes.buffer, source.bytes.byteOffset, source.bytes.byteLength), source.name, {
        ...common,
        compress: source.compress,
      });
      continue;
    }
    zip.addReadStreamLazy(source.name, { ...common, compress: false, size: source.size }, (callback) => {
      const counted = createReadStream(source.path).pipe(counter(advance));
      opened.add(counted);
      counted.once('close', () => opened.delete(counted));
      callback(null, counted);
    });
  }
  zip.end();

  try {
    await pipeline(zip.outputStream, counterForBuffers(sources, advance), createWriteStream(temp, { mode: 0o600 }), {
      signal: options.signal,
    });
    await flush(temp);
    await rename(temp, target);
  } catch (error) {
    for (const stream of opened) stream.destroy();
    await rm(temp, { force: true });
    throw error;
  }
}

/** Counts file bytes as yazl reads them. */
function counter(advance: (n: number) => void): Transform {
  return new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      advance(chunk.length);
      callback(null, chunk);
    },
  });
}

/** In-memory entries are small: they count as done once the archive starts flowing. */
function counterForBuffers(sources: readonly ZipSource[], advance: (n: number) => void): Transform {
  let counted = false;
  return new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      if (!counted) {
        counted = true;
        advance(sources.reduce((sum, s) => sum + ('bytes' in s ? s.bytes.byteLength : 0), 0));
      }
      callback(null, chunk);
    },
  });
}

async function flush(file: string): Promise<void> {
  const handle = await open(file, 'r+');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}
