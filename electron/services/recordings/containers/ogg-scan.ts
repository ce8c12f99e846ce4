import { open } from 'node:fs/promises';
import type { ScanResult } from './scan-result.js';

/**
 * Reads an Ogg recording (what Firefox's MediaRecorder makes; Chromium never does) for its
 * duration, from the granule position of the last complete page (RFC 3533), and for where
 * that page ends. Ogg needs no rewrite to seek: players bisect on granule positions.
 */
export type OggLayout = { durationMs: number; end: number };

const PAGE_HEADER_BYTES = 27;
const OPUS_RATE = 48_000; // Opus granule positions always count 48 kHz samples (RFC 7845 §4)

export async function scanOgg(path: string): Promise<ScanResult<OggLayout>> {
  const handle = await open(path, 'r');
  try {
    const fileSize = (await handle.stat()).size;
    const header = Buffer.alloc(PAGE_HEADER_BYTES + 255);
    let rate = 0;
    let preSkip = 0;
    let granule = -1n;
    let end = 0;
    for (let at = 0; at + PAGE_HEADER_BYTES <= fileSize;) {
      const { bytesRead } = await handle.read(header, 0, header.length, at);
      if (bytesRead < PAGE_HEADER_BYTES || header.toString('latin1', 0, 4) !== 'OggS') break;
      const segments = header.readUInt8(26);
      if (bytesRead < PAGE_HEADER_BYTES + segments) break;
      let bodySize = 0;
      for (let i = 0; i < segments; i++) bodySize += header.readUInt8(PAGE_HEADER_BYTES + i);
      const bodyStart = at + PAGE_HEADER_BYTES + segments;
      if (bodyStart + bodySize > fileSize) break; // a page cut off by a crash
      if (at === 0) {
        const body = Buffer.alloc(Math.min(bodySize, 64));
        await handle.read(body, 0, body.length, bodyStart);
        if (body.toString('latin1', 0, 8) === 'OpusHead') {
          rate = OPUS_RATE;
          preSkip = body.readUInt16LE(10);
        } else if (body.toString('latin1', 1, 7) === 'vorbis') {
          rate = body.readUInt32LE(12);
        } else {
          return { kind: 'unplayable' };
        }
      }
      const pageGranule = header.readBigInt64LE(6);
      if (pageGranule >= 0n) granule = pageGranule; // -1 marks a page where no packet ends
      end = bodyStart + bodySize;
      at = end;
    }
    if (rate === 0) return { kind: 'unplayable' };
    const samples = Number(granule) - preSkip;
    if (samples <= 0) return { kind: 'empty' };
    return { kind: 'audio', layout: { durationMs: Math.round((samples * 1000) / rate), end } };
  } finally {
    await handle.close();
  }
}
