import type { EBMLElementBuffer, EBMLElementDetail } from 'webm-duration-fix/lib/ebml/index.js';
import { Encoder, tools } from './webm-duration-fix-node.js';

export type CueInfo = { CueTrack: number; CueClusterPosition: number; CueTime: number };

/** The Segment opens with an unknown size, written as 4 ID bytes and 8 size bytes. */
const SEGMENT_HEAD_BYTES = 12;
const INFO_ID = [0x15, 0x49, 0xa9, 0x66];
const TRACKS_ID = [0x16, 0x54, 0xae, 0x6b];
const CUES_ID = [0x1c, 0x53, 0xbb, 0x6b];
const CUE_POINT_ID = [0xbb];
const CUE_TIME_ID = [0xb3];
const CUE_TRACK_POSITIONS_ID = [0xb7];
const CUE_TRACK_ID = [0xf7];
const CUE_CLUSTER_POSITION_ID = [0xf1];

/**
 * A seekable MediaRecorder webm, laid out so it can be written while the answer is recorded:
 *
 *   EBML header · Segment · SeekHead · Info (with Duration) · Tracks · the clusters as recorded · Cues
 *
 * Chromium omits the Duration and Cues because it writes the file as a live stream
 * (https://crbug.com/642012). Here the Cues go after the clusters (where the SeekHead points, as in
 * most Matroska files), and every SeekHead position and the Duration take a fixed 8 bytes, so the
 * head's size is known from the recorded header alone. The clusters can then be copied to their
 * final place as each chunk arrives, and finishing writes only the head and the Cues: a 30-minute
 * answer finishes as fast as a 10-second one.
 */
export function seekableHeadSize(metadata: EBMLElementDetail[]): number {
  return seekableWebmParts(metadata, 0, [], 0, 0).head.byteLength;
}

/**
 * The head (everything before the clusters) and the Cues (everything after them) of the seekable
 * file. `clustersAt` is where the clusters start in the recorded file (the cues' positions are
 * given in it), `clustersLength` how many bytes of them the file keeps.
 */
export function seekableWebmParts(
  metadata: EBMLElementDetail[],
  durationTicks: number,
  cuePoints: CueInfo[],
  clustersAt: number,
  clustersLength: number,
): { head: Uint8Array; cues: Uint8Array } {
  const encoder = new Encoder();
  const encode = (elements: EBMLElementBuffer[]) => new Uint8Array(encoder.encode(elements));

  const ebml = encode(tools.extractElement('EBML', metadata));
  const info = tools.extractElement('Info', metadata);
  tools.removeElement('Duration', info);
  info.splice(1, 0, { name: 'Duration', type: 'f', data: float64(durationTicks) });
  const infoBytes = encode(info);
  const tracksBytes = encode(tools.extractElement('Tracks', metadata));

  // Positions are relative to the Segment's content. Fixed-width, so the SeekHead's size does not depend on them.
  const seekHeadSize = encode(seekHead(0, 0, 0)).byteLength;
  const infoStart = seekHeadSize;
  const tracksStart = infoStart + infoBytes.byteLength;
  const clustersStart = tracksStart + tracksBytes.byteLength;
  const cuesStart = clustersStart + clustersLength;

  const segment: EBMLElementBuffer = { name: 'Segment', type: 'm', isEnd: false, unknownSize: true };
  const segmentHead = encode([segment]);
  if (segmentHead.byteLength !== SEGMENT_HEAD_BYTES) throw new Error('unexpected Segment head size');
  const head = concat([ebml, segmentHead, encode(seekHead(infoStart, tracksStart, cuesStart)), infoBytes, tracksBytes]);

  return { head, cues: encodeCues(cuePoints, clustersStart - clustersAt) };
}

/**
 * The Cues element, its cluster positions moved by `shift`, written straight into one buffer: a
 * 30-minute answer has about 1,800 cues, one per cluster. The library's encoder is quadratic in
 * the number of elements (it took 400 ms), and building each cue from small buffers still took
 * 5–10 ms, a part of finishing that grew with the answer's length; this takes about 0.5 ms.
 */
function encodeCues(cuePoints: CueInfo[], shift: number): Uint8Array {
  const pointSize = (cue: CueInfo) => {
    const positions =
      elementSize(CUE_TRACK_ID, uintSize(cue.CueTrack)) + elementSize(CUE_CLUSTER_POSITION_ID, uintSize(cue.CueClusterPosition + shift));
    return { positions, point: elementSize(CUE_TIME_ID, uintSize(cue.CueTime)) + elementSize(CUE_TRACK_POSITIONS_ID, positions) };
  };
  let pointsSize = 0;
  for (const cue of cuePoints) pointsSize += elementSize(CUE_POINT_ID, pointSize(cue).point);

  const out = new Uint8Array(elementSize(CUES_ID, pointsSize));
  let at = 0;
  const head = (id: number[], size: number) => {
    for (const byte of id) out[at++] = byte;
    at = writeVintSize(out, at, size);
  };
  const unsigned = (id: number[], value: number) => {
    const length = uintSize(value);
    head(id, length);
    writeUint(out, at, value, length);
    at += length;
  };
  head(CUES_ID, pointsSize);
  for (const cue of cuePoints) {
    const { positions, point } = pointSize(cue);
    head(CUE_POINT_ID, point);
    unsigned(CUE_TIME_ID, cue.CueTime);
    head(CUE_TRACK_POSITIONS_ID, positions);
    unsigned(CUE_TRACK_ID, cue.CueTrack);
    unsigned(CUE_CLUSTER_POSITION_ID, cue.CueClusterPosition + shift);
  }
  if (at !== out.byteLength) throw new Error('the Cues came out the wrong size');
  return out;
}

function seekHead(info: number, tracks: number, cues: number): EBMLElementBuffer[] {
  return [
    { name: 'SeekHead', type: 'm', isEnd: false },
    ...seek(INFO_ID, info),
    ...seek(TRACKS_ID, tracks),
    ...seek(CUES_ID, cues),
    { name: 'SeekHead', type: 'm', isEnd: true },
  ];
}

function seek(target: number[], position: number): EBMLElementBuffer[] {
  return [
    { name: 'Seek', type: 'm', isEnd: false },
    { name: 'SeekID', type: 'b', data: Buffer.from(target) },
    { name: 'SeekPosition', type: 'u', data: uint64(position) },
    { name: 'Seek', type: 'm', isEnd: true },
  ];
}

/** Fewest big-endian bytes for an EBML unsigned integer (any width up to 8; 7 is written as 8). */
function uintSize(value: number): number {
  let length = 1;
  // Limits by multiplication: `2 ** n` here made the Cues of a long answer five times slower.
  for (let limit = 256; length < 8 && value >= limit; limit *= 256) length++;
  return length >= 7 ? 8 : length;
}

function writeUint(out: Uint8Array, at: number, value: number, length: number): void {
  let rest = value;
  for (let i = length - 1; i >= 0; i--) {
    out[at + i] = rest % 256;
    rest = Math.floor(rest / 256);
  }
}

function uint64(value: number): Buffer {
  const data = Buffer.alloc(8);
  data.writeBigUInt64BE(BigInt(value));
  return data;
}

function float64(value: number): Buffer {
  const data = Buffer.alloc(8);
  data.writeDoubleBE(value);
  return data;
}

/** An EBML element of known size: its ID, its size as the shortest variable-length integer, its data. */
function elementSize(id: number[], dataSize: number): number {
  return id.length + vintLength(dataSize) + dataSize;
}

function vintLength(size: number): number {
  let length = 1;
  // All ones is reserved for "unknown size".
  for (let limit = 128; size >= limit - 1; limit *= 128) length++;
  return length;
}

/** Writes `size` as the shortest EBML variable-length integer at `at`; returns where it ends. */
function writeVintSize(out: Uint8Array, at: number, size: number): number {
  const length = vintLength(size);
  writeUint(out, at, size, length);
  out[at] = out[at]! | (1 << (8 - length));
  return at + length;
}

function concat(parts: Uint8Array[]): Uint8Array {
  return new Uint8Array(Buffer.concat(parts));
}
