import fs from 'node:fs';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { describe, expect, it } from 'vitest';
import yauzl from 'yauzl';
import yazl from 'yazl';
import { ReadAheadReader } from '#electron/services/archive/zip-read.js';
import { useTempDirs } from '#tests/support/temp-dir.js';

const tempDir = useTempDirs();

/** A zip of `count` stored entries, each its own name repeated to `size` bytes. */
async function zipOf(count: number, size: number): Promise<{ file: string; contents: Map<string, Buffer> }> {
  const zip = new yazl.ZipFile();
  const contents = new Map<string, Buffer>();
  for (let i = 0; i < count; i++) {
    const name = `recordings/${String(i).padStart(5, '0')}.webm`;
    const bytes = Buffer.alloc(size, name);
    contents.set(name, bytes);
    zip.addBuffer(bytes, name, { compress: false, mtime: new Date('2026-12-07T12:00:00Z') });
  }
  zip.end();
  const file = path.join(tempDir(), 'many.zip');
  await pipeline(zip.outputStream, fs.createWriteStream(file));
  return { file, contents };
}

async function open(file: string) {
  const handle = await fs.promises.open(file, 'r');
  const reader = new ReadAheadReader(handle.fd, () => handle.close());
  const zip = await yauzl.fromRandomAccessReaderPromise(reader, (await handle.stat()).size, { lazyEntries: true, autoClose: false });
  const entries: yauzl.Entry[] = [];
  for await (const entry of zip.eachEntry()) entries.push(entry);
  return { reader, zip, entries, closed: new Promise<void>((resolve) => zip.once('close', resolve)) };
}

async function read(zip: yauzl.ZipFile, entry: yauzl.Entry): Promise<Buffer> {
  const parts: Buffer[] = [];
  for await (const part of await zip.openReadStreamPromise(entry)) parts.push(part as Buffer);
  return Buffer.concat(parts);
}

describe("the archive reader's read-ahead", () => {
  it('lists a directory of 2,000 entries in a few reads of the file, not two per entry', async () => {
    const { file, contents } = await zipOf(2000, 10);
    const { reader, zip, entries } = await open(file);
    expect(entries.map((e) => e.fileName)).toEqual([...contents.keys()]);
    // The end of the archive, then 2,000 × ~100 bytes of directory in 64 KiB reads.
    expect(reader.reads).toBeLessThanOrEqual(10);
    zip.close();
  });

  it("reads each entry's bytes as they are, sharing one descriptor until the archive is closed", async () => {
    const { file, contents } = await zipOf(5, 200 * 1024);
    const { zip, entries, closed } = await open(file);
    // A read given up half-way (a cancel, a refused entry) leaves the others readable.
    const first = await zip.openReadStreamPromise(entries[0]!);
    await new Promise((resolve) => first.once('data', resolve));
    first.destroy();
    for (const entry of entries) expect((await read(zip, entry)).equals(contents.get(entry.fileName)!)).toBe(true);
    zip.close();
    await closed;
  });
});
