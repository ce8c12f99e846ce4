import { createWriteStream, read as readAt } from 'node:fs';
import { open, rm } from 'node:fs/promises';
import { Readable, Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { crc32 } from 'node:zlib';
import yauzl from 'yauzl';
import { refuseArchive } from './archive-errors.js';
import { classifyEntryName, type ArchiveEntryKind } from './archive-layout.js';

/** More entries than any real export (10,000 answers each with a recording, and some) means abuse. */
const MAX_ENTRIES = 100_000;
const S_IFMT = 0o170000;
const S_IFLNK = 0o120000;

export type ArchiveEntry = { name: string; size: number; kind: ArchiveEntryKind; raw: yauzl.Entry };

export interface OpenedArchive {
  entries: ArchiveEntry[];
  /** The whole entry in memory, refused past `limit`; its CRC-32 is checked. */
  readBytes(entry: ArchiveEntry, limit: number): Promise<Buffer>;
  /**
   * Reads an entry through to its end, checking size, CRC-32 and (optionally) its first bytes; keeps
   * nothing. `onBytes` is told each piece's size as it is read, for progress within a long entry.
   */
  verify(entry: ArchiveEntry, check?: (head: Buffer) => boolean, onBytes?: (bytes: number) => void): Promise<void>;
  /**
   * Streams an entry to a new file (never overwriting), checking size and CRC-32; removes it on
   * failure. `onBytes` as for `verify`.
   */
  copyTo(entry: ArchiveEntry, file: string, check?: (head: Buffer) => boolean, onBytes?: (bytes: number) => void): Promise<void>;
  close(): void;
}

/**
 * Opens an archive with yauzl, reading only its central directory, and refuses it unless every
 * entry is one an export holds: yauzl already refuses absolute names, `..` and (strict) backslashes;
 * we add the allow-list, symlinks, encryption, unknown compression, duplicates and NUL.
 */
export async function openArchive(file: string): Promise<OpenedArchive> {
  let zip: yauzl.ZipFile;
  try {
    const handle = await open(file, 'r');
    const reader = new ReadAheadReader(handle.fd, () => handle.close());
    try {
      const { size } = await handle.stat();
      zip = await yauzl.fromRandomAccessReaderPromise(reader, size, {
        lazyEntries: true,
        autoClose: false,
        strictFileNames: true,
        validateEntrySizes: true,
      });
    } catch (error) {
      await handle.close();
      throw error;
    }
  } catch (error) {
    throw refuseArchive(`it is not a zip archive, or it is damaged (${describe(error)}).`);
  }
  try {
    const entries = await listEntries(zip);
    return {
      entries,
      readBytes: (entry, limit) => readBytes(zip, entry, limit),
      verify: (entry, check, onBytes) => verify(zip, entry, check, onBytes),
      copyTo: (entry, target, check, onBytes) => copyTo(zip, entry, target, check, onBytes),
      close: () => zip.close(),
    };
  } catch (error) {
    zip.close();
    throw error;
  }
}

async function listEntries(zip: yauzl.ZipFile): Promise<ArchiveEntry[]> {
  if (zip.entryCount > MAX_ENTRIES) throw refuseArchive(`it holds ${zip.entryCount} files, far more than an export.`);
  const entries: ArchiveEntry[] = [];
  const seen = new Set<string>();
  try {
    for await (const raw of zip.eachEntry()) {
      const name = raw.fileName;
      const kind = name.includes('\0') ? null : classifyEntryName(name);
      if (!kind)
        throw refuseArchive(`it holds a file that is not part of an Interview Studio export (${JSON.stringify(name.slice(0, 120))}).`);
      if (((raw.externalFileAttributes >>> 16) & S_IFMT) === S_IFLNK) throw refuseArchive(`${name} is a symbolic link.`);
      if (raw.isEncrypted()) throw refuseArchive(`${name} is encrypted.`);
      if (!raw.canDecodeFileData()) throw refuseArchive(`${name} uses a compression method this app does not read.`);
      if (seen.has(name)) throw refuseArchive(`${name} appears twice.`);
      seen.add(name);
      entries.push({ name, size: raw.uncompressedSize, kind, raw });
    }
  } catch (error) {
    if (error instanceof Error && error.name === 'StudioError') throw error;
    // yauzl refuses `../x`, `/x`, `C:x` and backslashes while listing: say so plainly.
    const message = describe(error);
    if (/relative path|absolute path|invalid characters/i.test(message)) {
      throw refuseArchive(`it holds a file name that points outside its own folder (${message}).`);
    }
    throw refuseArchive(`its list of files is damaged (${message}).`);
  }
  return entries;
}

async function openStream(zip: yauzl.ZipFile, entry: ArchiveEntry): Promise<Readable> {
  try {
    return await zip.openReadStreamPromise(entry.raw);
  } catch (error) {
    throw refuseArchive(`${entry.name} cannot be read (${describe(error)}).`);
  }
}

/**
 * yauzl's reader of the archive file, reading ahead where it reads in order. Listing the archive
 * reads each entry's header from the directory in two small reads, one after the other: through the
 * file system that was 0.15–0.3 ms an entry, 300 ms for a year's 1,000 recordings with nothing to
 * report meanwhile. From the third small read in a row that follows on from the last, one 64 KiB
 * read serves the reads that fall in it; other reads (an entry's local header, read before its
 * data, is two) read only what they ask. Entry data is streamed from the file as before.
 */
export class ReadAheadReader extends yauzl.RandomAccessReader {
  static readonly AHEAD_BYTES = 64 * 1024;
  /** Reads made of the file, for tests. */
  reads = 0;
  private ahead: { at: number; bytes: Buffer } | null = null;
  private lastEnd = -1;
  private inOrder = 0;

  constructor(
    private readonly fd: number,
    private readonly closeFile: () => Promise<void>,
  ) {
    super();
  }

  override _readStreamForRange(start: number, end: number): Readable {
    return new RangeStream(this.fd, start, end);
  }

  override read(buffer: Buffer, offset: number, length: number, position: number, callback: (err: Error | null) => void): void {
    this.inOrder = position === this.lastEnd ? this.inOrder + 1 : 0;
    this.lastEnd = position + length;
    const ahead = this.ahead;
    if (ahead && position >= ahead.at && position + length <= ahead.at + ahead.bytes.length) {
      ahead.bytes.copy(buffer, offset, position - ahead.at, position - ahead.at + length);
      // Still answered on a later turn, as a read would be: the event loop (and a progress poll) gets its turns.
      setImmediate(callback, null);
      return;
    }
    const readingAhead = this.inOrder >= 2 && length < ReadAheadReader.AHEAD_BYTES;
    const target = readingAhead ? Buffer.alloc(ReadAheadReader.AHEAD_BYTES) : buffer;
    const into = readingAhead ? 0 : offset;
    const want = readingAhead ? ReadAheadReader.AHEAD_BYTES : length;
    this.reads++;
    readAt(this.fd, target, into, want, position, (error, bytesRead) => {
      if (error) return callback(error);
      if (readingAhead) {
        this.ahead = { at: position, bytes: target.subarray(0, bytesRead) };
        // Past the end of the file: fewer bytes than asked for, which yauzl reports as an unexpected end.
        target.copy(buffer, offset, 0, Math.min(length, bytesRead));
      }
      if (bytesRead < length) return callback(new Error('unexpected EOF'));
      callback(null);
    });
  }

  override close(callback: (err: Error | null) => void): void {
    this.closeFile().then(
      () => callback(null),
      (error: unknown) => callback(error as Error),
    );
  }
}

/**
 * Bytes `start` to `end` of an open file. Not fs.ReadStream: destroying one closes its descriptor
 * whatever `autoClose` says, and this one is shared by every entry of the archive until it closes.
 */
class RangeStream extends Readable {
  constructor(
    private readonly fd: number,
    private at: number,
    private readonly end: number,
  ) {
    super({ highWaterMark: 64 * 1024 });
  }

  override _read(size: number): void {
    const want = Math.min(size, this.end - this.at);
    if (want <= 0) return void this.push(null);
    const bytes = Buffer.allocUnsafe(want);
    readAt(this.fd, bytes, 0, want, this.at, (error, bytesRead) => {
      if (this.destroyed) return;
      if (error) return this.destroy(error);
      // A file shorter than its directory says: end here, and yauzl's byte count refuses the entry.
      if (bytesRead === 0) return void this.push(null);
      this.at += bytesRead;
      this.push(bytesRead < want ? bytes.subarray(0, bytesRead) : bytes);
    });
  }
}

/** Checks CRC-32 as bytes pass; yauzl checks the length against the central directory. */
function crcCheck(entry: ArchiveEntry, onHead?: (head: Buffer) => void, onBytes?: (bytes: number) => void): Transform {
  let crc = 0;
  let head: Buffer | null = null;
  return new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      crc = crc32(chunk, crc);
      onBytes?.(chunk.length);
      if (onHead && head === null) {
        head = chunk;
        try {
          onHead(chunk);
        } catch (error) {
          return callback(error as Error);
        }
      }
      callback(null, chunk);
    },
    flush(callback) {
      if (onHead && head === null) {
        try {
          onHead(Buffer.alloc(0));
        } catch (error) {
          return callback(error as Error);
        }
      }
      callback(crc >>> 0 === entry.raw.crc32 >>> 0 ? null : refuseArchive(`${entry.name} is damaged (its checksum does not match).`));
    },
  });
}

async function readBytes(zip: yauzl.ZipFile, entry: ArchiveEntry, limit: number): Promise<Buffer> {
  if (entry.size > limit) throw refuseArchive(`${entry.name} is larger than an export ever makes it.`);
  const stream = await openStream(zip, entry);
  const parts: Buffer[] = [];
  try {
    await pipeline(stream, crcCheck(entry), async function* (source: AsyncIterable<Buffer>) {
      for await (const part of source) parts.push(part);
      yield* [];
    });
  } catch (error) {
    throw asRefusal(entry, error);
  }
  return Buffer.concat(parts);
}

const headCheck = (entry: ArchiveEntry, check?: (head: Buffer) => boolean) =>
  check
    ? (head: Buffer) => {
        if (!check(head)) throw refuseArchive(`${entry.name} is not audio of the kind its name says.`);
      }
    : undefined;

async function verify(
  zip: yauzl.ZipFile,
  entry: ArchiveEntry,
  check?: (head: Buffer) => boolean,
  onBytes?: (bytes: number) => void,
): Promise<void> {
  const stream = await openStream(zip, entry);
  try {
    await pipeline(stream, crcCheck(entry, headCheck(entry, check), onBytes), async function* (source: AsyncIterable<Buffer>) {
      for await (const _ of source) {
        // discarded: only the checks matter
      }
      yield* [];
    });
  } catch (error) {
    throw asRefusal(entry, error);
  }
}

async function copyTo(
  zip: yauzl.ZipFile,
  entry: ArchiveEntry,
  file: string,
  check?: (head: Buffer) => boolean,
  onBytes?: (bytes: number) => void,
): Promise<void> {
  const stream = await openStream(zip, entry);
  const onHead = headCheck(entry, check);
  try {
    await pipeline(stream, crcCheck(entry, onHead, onBytes), createWriteStream(file, { flags: 'wx', mode: 0o600 }));
    const handle = await open(file, 'r+');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch (error) {
    // 'wx' never opened an existing file, so what is removed here is only what this call made.
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') await rm(file, { force: true });
    throw asRefusal(entry, error);
  }
}

function asRefusal(entry: ArchiveEntry, error: unknown): Error {
  if (error instanceof Error && error.name === 'StudioError') return error;
  // A file-system error (ENOSPC, EACCES…) is the disk's fault, not the archive's: the caller maps it.
  // zlib's own codes (Z_DATA_ERROR) mean damaged data and fall through to a refusal.
  if (error instanceof Error && /^E[A-Z]+$/.test(String((error as NodeJS.ErrnoException).code))) return error;
  return refuseArchive(`${entry.name} is damaged (${describe(error)}).`);
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
