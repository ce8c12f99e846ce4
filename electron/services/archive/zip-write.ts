import { createReadStream } from 'node:fs';
import { open, rename, rm, type FileHandle } from 'node:fs/promises';
import { Transform, Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import yazl from 'yazl';

/** One file going into an archive: bytes made in memory, or a file streamed from disk. */
export type ZipSource = { name: string; bytes: Uint8Array; compress: boolean } | { name: string; path: string; size: number };

export const sourceSize = (source: ZipSource): number => ('bytes' in source ? source.bytes.byteLength : source.size);

/**
 * The archive is flushed behind its writing every this many bytes, so the flush once it is
 * complete, which reports no progress, has little left to do: at most about twice this. Flushing
 * a year's archive (1 GB) only at the end took about a second with nothing to report meanwhile.
 */
export const FLUSH_BEHIND_BYTES = 16 * 1024 * 1024;

/** What the archive is written through: a file handle, or a stand-in that counts (tests). */
export type ArchiveFile = Pick<FileHandle, 'write' | 'datasync' | 'sync' | 'close'>;

export interface WriteZipOptions {
  /** Every entry gets this time, so the same data and clock give byte-identical archives. */
  mtime: Date;
  signal?: AbortSignal;
  /** Called as source bytes are read into the archive. */
  onProgress?: (doneBytes: number) => void;
  /** Bytes between flushes behind the writing (FLUSH_BEHIND_BYTES). */
  flushBehindBytes?: number;
  /** Opens the temporary file; tests wrap the handle to count its flushes. */
  openFile?: (path: string) => Promise<ArchiveFile>;
}

/**
 * Writes a zip with yazl (streaming, ZIP64 past 4 GiB) to `<target>.part`, flushes it and
 * renames it into place, so `target` only ever exists complete. A cancel or a failure
 * removes the partial file. Recordings are stored as they are: opus does not compress.
 * The file is flushed behind the writing as it grows (see FLUSH_BEHIND_BYTES).
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
    const file = await (options.openFile ?? ((path: string) => open(path, 'w', 0o600)))(temp);
    await pipeline(
      zip.outputStream,
      counterForBuffers(sources, advance),
      flushingBehind(file, options.flushBehindBytes ?? FLUSH_BEHIND_BYTES),
      {
        signal: options.signal,
      },
    );
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

/**
 * Writes to `file` in order, starting a flush (datasync) each time `every` bytes have been written
 * since the last one began. The flush runs while the next bytes are written; once twice `every`
 * bytes have piled up behind a flush still running, the writing waits for it, so the bytes keep
 * moving at the disk's pace and the final flush (sync) has at most that and one piece left.
 * Closes the file however it ends.
 */
function flushingBehind(file: ArchiveFile, every: number): Writable {
  let position = 0;
  let unflushed = 0;
  let flushing: Promise<void> | null = null;
  let failed: unknown = null;
  const startFlush = () => {
    unflushed = 0;
    const started = file.datasync().then(
      () => {
        if (flushing === started) flushing = null;
      },
      (error: unknown) => {
        failed ??= error;
        if (flushing === started) flushing = null;
      },
    );
    flushing = started;
  };
  return new Writable({
    write(chunk: Buffer, _encoding, callback) {
      void (async () => {
        // The disk is behind: let the flush running end before piling up more.
        if (unflushed >= 2 * every) await flushing;
        if (failed) throw failed;
        for (let at = 0; at < chunk.length;) {
          const { bytesWritten } = await file.write(chunk, at, chunk.length - at, position);
          at += bytesWritten;
          position += bytesWritten;
        }
        unflushed += chunk.length;
        if (unflushed >= every && !flushing) startFlush();
      })().then(() => callback(), callback);
    },
    final(callback) {
      void (async () => {
        await flushing;
        if (failed) throw failed;
        await file.sync();
      })().then(() => callback(), callback);
    },
    destroy(error, callback) {
      void (async () => {
        await flushing;
        await file.close();
      })().then(
        () => callback(error),
        (closeError: unknown) => callback(error ?? (closeError as Error)),
      );
    },
  });
}
