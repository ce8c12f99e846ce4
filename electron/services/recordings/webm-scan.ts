import { createReadStream } from 'node:fs';
import type { EBMLElementDetail } from 'webm-duration-fix/lib/ebml/index.js';
import type { ScanResult } from './scan-result.js';
import { createDecoder, decodeUntilBroken, Reader } from './webm-duration-fix-node.js';

/**
 * Reads a MediaRecorder webm with webm-duration-fix's EBML decoder and reader (made safe for
 * Node in webm-duration-fix-node.ts) and keeps what finalizing needs. Chromium writes webm as
 * a live stream: no Duration, no Cues, clusters of unknown size (https://crbug.com/642012), so
 * players show no length and cannot seek. We use the library's parts rather than its one-call
 * `fixWebmDuration(blob)` because:
 *
 * - that call fails in Node (see webm-duration-fix-node.ts);
 * - its duration uses block timecodes relative to their cluster, which goes wrong when the last
 *   cluster holds a single block; we count in absolute timecodes instead;
 * - a recording cut off by a crash ends in a partial element: we note where the last complete
 *   audio block ends, so the finished file can be trimmed to it.
 */

const EBML_MAGIC = [0x1a, 0x45, 0xdf, 0xa3];
const AUDIO_TRACK_TYPE = 2;

export type WebmLayout = {
  durationMs: number;
  /** Duration in the file's own timecode units, as the Info › Duration element wants it. */
  durationTicks: number;
  /** Byte offset just past the last complete audio block; anything after it is a cut-off tail. */
  end: number;
  /** Header, Info and Tracks as decoded, for the library to re-encode with Duration and Cues. */
  metadata: EBMLElementDetail[];
  /** Where the clusters start in the original file. */
  metadataSize: number;
  cues: { CueTrack: number; CueClusterPosition: number; CueTime: number }[];
};

/** Track number and cluster-relative timecode from a SimpleBlock's first bytes (Matroska §10). */
function blockHeader(data: Uint8Array): { track: number; timecode: number } | null {
  const first = data[0];
  if (first === undefined || first === 0) return null;
  const length = Math.clz32(first) - 23; // leading zeros within the byte, plus one
  if (data.length < length + 2) return null;
  let track = first & (0xff >> length);
  for (let i = 1; i < length; i++) track = track * 256 + (data[i] ?? 0);
  const view = new DataView(data.buffer, data.byteOffset + length, 2);
  return { track, timecode: view.getInt16(0) };
}

async function startsWithEbmlMagic(path: string): Promise<boolean> {
  for await (const piece of createReadStream(path, { start: 0, end: 3 })) {
    return EBML_MAGIC.every((byte, i) => (piece as Buffer)[i] === byte);
  }
  return false;
}

export async function scanWebm(path: string): Promise<ScanResult<WebmLayout>> {
  if (!(await startsWithEbmlMagic(path))) return { kind: 'unplayable' };

  const decoder = createDecoder();
  const reader = new Reader();
  reader.use_segment_info = false; // we do not listen to its events
  reader.drop_default_duration = false; // copy Tracks through as recorded

  let timecodeScale = 1_000_000;
  let codecDelayNs = 0;
  let entry = { number: -1, type: -1, codecDelay: 0 };
  let audioTrack: number | null = null;
  let sawTracks = false;
  let clusterTimecode = 0;
  let blocks = 0;
  let lastAt = 0;
  let previousAt = 0;
  let end = 0;

  const take = (element: EBMLElementDetail): void => {
    const { name } = element;
    if (element.type === 'm') {
      if (name === 'TrackEntry' && !element.isEnd) entry = { number: -1, type: -1, codecDelay: 0 };
      if (name === 'TrackEntry' && element.isEnd && entry.type === AUDIO_TRACK_TYPE && audioTrack === null) {
        audioTrack = entry.number;
        codecDelayNs = entry.codecDelay;
      }
      if (name === 'Tracks' && element.isEnd) sawTracks = true;
      return;
    }
    if (!('value' in element)) return;
    if (name === 'TimecodeScale') timecodeScale = element.value as number;
    else if (name === 'TrackNumber') entry.number = element.value as number;
    else if (name === 'TrackType') entry.type = element.value as number;
    else if (name === 'CodecDelay') entry.codecDelay = element.value as number;
    else if (name === 'Timecode') clusterTimecode = element.value as number;
    else if (name === 'SimpleBlock') {
      const header = blockHeader(element.data);
      if (!header || header.track !== audioTrack) return;
      previousAt = blocks > 0 ? lastAt : clusterTimecode + header.timecode;
      lastAt = clusterTimecode + header.timecode;
      blocks += 1;
      end = element.dataEnd;
    }
  };

  for await (const piece of createReadStream(path, { highWaterMark: 64 * 1024 })) {
    const { elements, broken } = decodeUntilBroken(decoder, piece as Buffer);
    for (const element of elements) {
      if (element.type === 'unknown') continue; // elements newer than the library's schema
      reader.read(element);
      take(element);
    }
    // Past bytes that are not EBML nothing can be trusted; the file is trimmed to the last
    // complete block before them.
    if (broken) break;
  }
  reader.stop();

  if (!sawTracks || audioTrack === null) return { kind: 'unplayable' };
  if (blocks === 0) return { kind: 'empty' };

  // The last block plays for as long as the gap before it (Chromium's opus frames are all
  // the same length); Opus CodecDelay, when present, is decoded and thrown away.
  const frameTicks = Math.max(0, lastAt - previousAt);
  const durationTicks = Math.max(0, lastAt + frameTicks - codecDelayNs / timecodeScale);
  const durationMs = Math.round((durationTicks * timecodeScale) / 1_000_000);
  return {
    kind: 'audio',
    layout: {
      durationMs,
      durationTicks,
      end,
      metadata: reader.metadatas,
      metadataSize: reader.metadataSize,
      cues: reader.cues,
    },
  };
}
