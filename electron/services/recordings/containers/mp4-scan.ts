import { open, type FileHandle } from 'node:fs/promises';
import type { ScanResult } from './scan-result.js';

/**
 * Reads a MediaRecorder mp4 (fragmented: `ftyp`, `moov`, then `moof`+`mdat` pairs, ISO/IEC
 * 14496-12) for its duration and for where its last complete fragment ends. Fragmented mp4 is
 * seekable as recorded (every fragment says where it starts in time), so finishing only
 * trims a fragment cut off by a crash; no rewrite is needed.
 */
export type Mp4Layout = { durationMs: number; end: number };

const CONTAINER_BOXES = new Set(['moov', 'trak', 'mdia', 'minf', 'stbl', 'mvex', 'moof', 'traf', 'edts']);
/** Boxes read whole to parse; each is small (a few hundred bytes). */
const PARSED_TOP_LEVEL = new Set(['moov', 'moof']);
const MAX_PARSED_BOX = 4 * 1024 * 1024;

type Box = { type: string; start: number; headerSize: number; size: number };

async function readTopLevelBox(handle: FileHandle, at: number, fileSize: number): Promise<Box | null> {
  const header = Buffer.alloc(16);
  const { bytesRead } = await handle.read(header, 0, 16, at);
  if (bytesRead < 8) return null;
  let size = header.readUInt32BE(0);
  const type = header.toString('latin1', 4, 8);
  let headerSize = 8;
  if (size === 1) {
    if (bytesRead < 16) return null;
    size = Number(header.readBigUInt64BE(8));
    headerSize = 16;
  } else if (size === 0) {
    size = fileSize - at; // "extends to the end of the file"
  }
  if (size < headerSize) return null;
  return { type, start: at, headerSize, size };
}

/** Children of a box already in memory. */
function* childBoxes(data: Buffer, from: number, to: number): Generator<Box> {
  for (let at = from; at + 8 <= to;) {
    const size = data.readUInt32BE(at);
    if (size < 8 || at + size > to) return;
    yield { type: data.toString('latin1', at + 4, at + 8), start: at, headerSize: 8, size };
    at += size;
  }
}

function* walk(data: Buffer, from: number, to: number): Generator<Box> {
  for (const box of childBoxes(data, from, to)) {
    yield box;
    if (CONTAINER_BOXES.has(box.type)) yield* walk(data, box.start + 8, box.start + box.size);
  }
}

type MovieFacts = { timescale: number; fragmented: boolean; defaultSampleDuration: number; unfragmentedDuration: number };

function readMoov(data: Buffer): MovieFacts {
  const facts: MovieFacts = { timescale: 0, fragmented: false, defaultSampleDuration: 0, unfragmentedDuration: 0 };
  for (const box of walk(data, 8, data.length)) {
    const body = box.start + 8;
    if (box.type === 'mdhd' && facts.timescale === 0) {
      const version = data.readUInt8(body);
      facts.timescale = data.readUInt32BE(body + (version === 1 ? 20 : 12));
      facts.unfragmentedDuration = version === 1 ? Number(data.readBigUInt64BE(body + 24)) : data.readUInt32BE(body + 16);
    } else if (box.type === 'trex') {
      facts.fragmented = true; // the audio is in the fragments; moov's own duration means nothing
      facts.defaultSampleDuration = data.readUInt32BE(body + 12);
    }
  }
  return facts;
}

/**
 * When one `moof` starts (its `tfdt`, if it has one) and how long its samples last, in the
 * track's timescale. The start matters: Chromium's fragments leave small gaps, so adding up
 * sample durations alone falls short of the real length.
 */
function readFragment(data: Buffer, movie: MovieFacts): { start: number | null; ticks: number } {
  let start: number | null = null;
  let total = 0;
  let defaultDuration = movie.defaultSampleDuration;
  for (const box of walk(data, 8, data.length)) {
    const body = box.start + 8;
    const flags = box.type === 'tfhd' || box.type === 'trun' ? data.readUInt32BE(body) & 0xffffff : 0;
    if (box.type === 'tfdt' && start === null) {
      start = data.readUInt8(body) === 1 ? Number(data.readBigUInt64BE(body + 4)) : data.readUInt32BE(body + 4);
    } else if (box.type === 'tfhd') {
      let at = body + 8; // version+flags, track_ID
      if (flags & 0x01) at += 8; // base-data-offset
      if (flags & 0x02) at += 4; // sample-description-index
      defaultDuration = flags & 0x08 ? data.readUInt32BE(at) : movie.defaultSampleDuration;
    } else if (box.type === 'trun') {
      const count = data.readUInt32BE(body + 4);
      let at = body + 8;
      if (flags & 0x01) at += 4; // data-offset
      if (flags & 0x04) at += 4; // first-sample-flags
      if (!(flags & 0x100)) {
        total += count * defaultDuration;
        continue;
      }
      const stride = 4 * [0x100, 0x200, 0x400, 0x800].filter((bit) => flags & bit).length;
      for (let i = 0; i < count && at + 4 <= box.start + box.size; i++, at += stride) total += data.readUInt32BE(at);
    }
  }
  return { start, ticks: total };
}

export async function scanMp4(path: string): Promise<ScanResult<Mp4Layout>> {
  const handle = await open(path, 'r');
  try {
    const fileSize = (await handle.stat()).size;
    let movie: MovieFacts | null = null;
    let fragments = 0;
    let ticks = 0; // where the last complete fragment ends, in the track's timescale
    let pending: { start: number | null; ticks: number } | null = null; // a moof waits for its mdat
    let end = 0;
    for (let at = 0; at < fileSize;) {
      const box = await readTopLevelBox(handle, at, fileSize);
      if (!box || box.start + box.size > fileSize) break; // cut off by a crash: stop before it
      if (at === 0 && box.type !== 'ftyp') return { kind: 'unplayable' };
      if (PARSED_TOP_LEVEL.has(box.type)) {
        if (box.size > MAX_PARSED_BOX) break;
        const data = Buffer.alloc(box.size);
        await handle.read(data, 0, box.size, box.start);
        if (box.type === 'moov') {
          movie = readMoov(data);
          end = box.start + box.size;
        } else if (movie) {
          pending = readFragment(data, movie);
        }
      } else if (box.type === 'mdat' && pending !== null) {
        ticks = (pending.start ?? ticks) + pending.ticks;
        pending = null;
        fragments += 1;
        end = box.start + box.size;
      }
      at = box.start + box.size;
    }
    if (!movie || movie.timescale === 0) return { kind: 'unplayable' };
    if (fragments === 0 && (movie.fragmented || movie.unfragmentedDuration === 0)) return { kind: 'empty' };
    if (fragments === 0) end = fileSize; // a plain (non-fragmented) mp4 is kept as it is
    const total = fragments > 0 ? ticks : movie.unfragmentedDuration;
    return { kind: 'audio', layout: { durationMs: Math.round((total * 1000) / movie.timescale), end } };
  } finally {
    await handle.close();
  }
}
