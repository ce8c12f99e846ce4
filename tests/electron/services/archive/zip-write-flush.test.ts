import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeZipAtomically, type ArchiveFile, type ZipSource } from '#electron/services/archive/zip-write.js';
import { useTempDirs } from '#tests/support/temp-dir.js';

const tempDir = useTempDirs();
const KiB = 1024;
const MTIME = new Date('2026-12-07T12:00:00Z');

/** Eight 128 KiB recordings on disk and a small file made in memory: about 1 MiB of archive. */
function sources(): ZipSource[] {
  const dir = tempDir();
  const files: ZipSource[] = Array.from({ length: 8 }, (_, i) => {
    const file = path.join(dir, `${i}.webm`);
    fs.writeFileSync(file, Buffer.alloc(128 * KiB, i + 1));
    return { name: `recordings/${i}.webm`, path: file, size: 128 * KiB };
  });
  return [{ name: 'README.txt', bytes: new TextEncoder().encode('hello\n'), compress: true }, ...files];
}

type Event = { kind: 'write'; bytes: number } | { kind: 'datasync' | 'sync' | 'close' };

/** The real file, with every write and flush written down; `hold` keeps each datasync waiting until released. */
function counting(events: Event[], hold?: { released: Promise<void> }) {
  return async (file: string): Promise<ArchiveFile> => {
    const handle = await fs.promises.open(file, 'w', 0o600);
    return {
      write: (async (...args: Parameters<ArchiveFile['write']>) => {
        const result = await (handle.write as (...a: unknown[]) => Promise<{ bytesWritten: number }>)(...args);
        events.push({ kind: 'write', bytes: result.bytesWritten });
        return result;
      }) as ArchiveFile['write'],
      datasync: async () => {
        events.push({ kind: 'datasync' });
        await hold?.released;
        await handle.datasync();
      },
      sync: async () => {
        events.push({ kind: 'sync' });
        await handle.sync();
      },
      close: async () => {
        events.push({ kind: 'close' });
        await handle.close();
      },
    };
  };
}

/** Bytes written after the last flush began, at each flush and at the end. */
function unflushedAtEachFlush(events: Event[]): number[] {
  const seen: number[] = [];
  let since = 0;
  for (const event of events) {
    if (event.kind === 'write') since += event.bytes;
    else if (event.kind === 'datasync' || event.kind === 'sync') {
      seen.push(since);
      since = 0;
    }
  }
  return seen;
}

describe('an archive flushed behind its writing', () => {
  it('flushes every so many bytes as it writes, so the flush once it is complete has little left', async () => {
    const events: Event[] = [];
    const target = path.join(tempDir(), 'out.zip');
    await writeZipAtomically(target, sources(), { mtime: MTIME, flushBehindBytes: 64 * KiB, openFile: counting(events) });

    const size = fs.statSync(target).size;
    const written = events.reduce((sum, e) => sum + (e.kind === 'write' ? e.bytes : 0), 0);
    expect(written).toBe(size);
    // Flushed as it was written (how often depends on how fast the disk flushes: each flush covers up
    // to twice the flush size and the piece that crossed it), then once more at the end, then closed.
    expect(events.filter((e) => e.kind === 'datasync').length).toBeGreaterThanOrEqual(3);
    const ends = events.filter((e) => e.kind !== 'write').map((e) => e.kind);
    expect(ends.slice(-2)).toEqual(['sync', 'close']);
    expect(unflushedAtEachFlush(events).at(-1)).toBeLessThan(3 * 64 * KiB);

    // The same bytes as an archive flushed only once it is complete.
    const once = path.join(tempDir(), 'once.zip');
    await writeZipAtomically(once, sources(), { mtime: MTIME, flushBehindBytes: Number.MAX_SAFE_INTEGER });
    expect(fs.readFileSync(target).equals(fs.readFileSync(once))).toBe(true);
  });

  it('does not pile up more than twice the flush size behind a flush that is slow to end', async () => {
    const events: Event[] = [];
    let release = () => {};
    const hold = { released: new Promise<void>((resolve) => (release = resolve)) };
    const target = path.join(tempDir(), 'out.zip');
    const writing = writeZipAtomically(target, sources(), { mtime: MTIME, flushBehindBytes: 64 * KiB, openFile: counting(events, hold) });

    // The first flush is held: the writing goes on, then waits.
    while (!events.some((e) => e.kind === 'datasync')) await new Promise((resolve) => setImmediate(resolve));
    for (let turn = 0; turn < 200; turn++) await new Promise((resolve) => setImmediate(resolve));
    const [first] = unflushedAtEachFlush([...events, { kind: 'sync' }]).slice(-1);
    expect(first).toBeLessThan(2 * 64 * KiB + 64 * KiB); // up to twice the flush size, and the piece that crossed it
    expect(events.filter((e) => e.kind === 'datasync')).toHaveLength(1);

    release();
    await writing;
    expect(fs.existsSync(target)).toBe(true);
  });

  it('a flush that fails fails the archive, and nothing is left behind', async () => {
    const dir = tempDir();
    const target = path.join(dir, 'out.zip');
    const failing = async (file: string): Promise<ArchiveFile> => {
      const handle = await fs.promises.open(file, 'w', 0o600);
      return {
        write: handle.write.bind(handle) as ArchiveFile['write'],
        datasync: () => Promise.reject(Object.assign(new Error('EIO: i/o error, fdatasync'), { code: 'EIO' })),
        sync: () => handle.sync(),
        close: () => handle.close(),
      };
    };
    await expect(writeZipAtomically(target, sources(), { mtime: MTIME, flushBehindBytes: 64 * KiB, openFile: failing })).rejects.toThrow(
      /EIO/,
    );
    expect(fs.readdirSync(dir)).toEqual([]);
  });
});
