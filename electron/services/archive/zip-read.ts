import { createWriteStream } from 'node:fs';
import { open, rm } from 'node:fs/promises';
import { Transform, type Readable } from 'node:stream';
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
  /** Reads an entry through to its end, checking size, CRC-32 and (optionally) its first bytes; keeps nothing. */
  verify(entry: ArchiveEntry, check?: (head: Buffer) => boolean): Promise<void>;
  /** Streams an entry to a new file (never overwriting), checking size and CRC-32; removes it on failure. */
  copyTo(entry: ArchiveEntry, file: string, check?: (head: Buffer) => boolean): Promise<void>;
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
    zip = await yauzl.openPromise(file, { lazyEntries: true, autoClose: false, strictFileNames: true, validateEntrySizes: true });
  } catch (error) {
    throw refuseArchive(`it is not a zip archive, or it is damaged (${describe(error)}).`);
  }
  try {
    const entries = await listEntries(zip);
    return {
      entries,
      readBytes: (entry, limit) => readBytes(zip, entry, limit),
      verify: (entry, check) => verify(zip, entry, check),
      copyTo: (entry, target, check) => copyTo(zip, entry, target, check),
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

/** Checks CRC-32 as bytes pass; yauzl checks the length against the central directory. */
function crcCheck(entry: ArchiveEntry, onHead?: (head: Buffer) => void): Transform {
  let crc = 0;
  let head: Buffer | null = null;
  return new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      crc = crc32(chunk, crc);
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

async function verify(zip: yauzl.ZipFile, entry: ArchiveEntry, check?: (head: Buffer) => boolean): Promise<void> {
  const stream = await openStream(zip, entry);
  try {
    await pipeline(stream, crcCheck(entry, headCheck(entry, check)), async function* (source: AsyncIterable<Buffer>) {
      for await (const _ of source) {
        // discarded: only the checks matter
      }
      yield* [];
    });
  } catch (error) {
    throw asRefusal(entry, error);
  }
}

async function copyTo(zip: yauzl.ZipFile, entry: ArchiveEntry, file: string, check?: (head: Buffer) => boolean): Promise<void> {
  const stream = await openStream(zip, entry);
  const onHead = headCheck(entry, check);
  try {
    await pipeline(stream, crcCheck(entry, onHead), createWriteStream(file, { flags: 'wx', mode: 0o600 }));
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
