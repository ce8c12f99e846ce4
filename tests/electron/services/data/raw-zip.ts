import { crc32 } from 'node:zlib';
import yauzl from 'yauzl';

/** One entry of a hand-built zip: any name at all (yazl refuses the hostile ones we need). */
export type RawEntry = { name: string; data: Uint8Array; unixMode?: number; crc?: number; declaredSize?: number };

/**
 * Writes a stored (uncompressed) zip byte by byte, so tests can build what no zip library
 * will: `../` names, absolute paths, backslashes, NUL, symlink entries, wrong CRCs and sizes.
 */
export function rawZip(entries: readonly RawEntry[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = Buffer.from(entry.name, 'utf8');
    const data = Buffer.from(entry.data);
    const crc = entry.crc ?? crc32(data);
    const size = entry.declaredSize ?? data.length;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6); // names are UTF-8
    local.writeUInt16LE(0, 8); // stored
    local.writeUInt16LE(0, 10);
    local.writeUInt16LE(0x21, 12); // 1980-01-01
    local.writeUInt32LE(crc >>> 0, 14);
    local.writeUInt32LE(size, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    local.writeUInt16LE(0, 28);
    locals.push(local, name, data);

    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE((3 << 8) | 20, 4); // made by Unix, so the mode bits count
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(0, 10);
    central.writeUInt16LE(0, 12);
    central.writeUInt16LE(0x21, 14);
    central.writeUInt32LE(crc >>> 0, 16);
    central.writeUInt32LE(size, 20);
    central.writeUInt32LE(size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(((entry.unixMode ?? 0o100600) << 16) >>> 0, 38);
    central.writeUInt32LE(offset, 42);
    centrals.push(central, name);
    offset += local.length + name.length + data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

/** The entries of a real export, to rebuild it with one thing changed. */
export async function readEntries(zip: Uint8Array): Promise<RawEntry[]> {
  const file = await yauzl.fromBufferPromise(Buffer.from(zip), { lazyEntries: true });
  const entries: RawEntry[] = [];
  for await (const entry of file.eachEntry()) {
    const stream = await file.openReadStreamPromise(entry);
    const parts: Buffer[] = [];
    for await (const part of stream) parts.push(part as Buffer);
    entries.push({ name: entry.fileName, data: Buffer.concat(parts) });
  }
  file.close();
  return entries;
}

export const jsonBytes = (value: unknown) => Buffer.from(JSON.stringify(value));
export const parseEntry = <T>(entries: readonly RawEntry[], name: string): T =>
  JSON.parse(Buffer.from(entries.find((e) => e.name === name)!.data).toString('utf8')) as T;
