import type { EBMLElementBuffer, EBMLElementDetail } from 'webm-duration-fix/lib/ebml/index.js';
import { Encoder, tools } from './webm-duration-fix-node.js';

export type CueInfo = { CueTrack: number; CueClusterPosition: number; CueTime: number };

/** The Segment opens with an unknown size, written as 4 ID bytes and 8 size bytes. */
const SEGMENT_HEAD_BYTES = 12;
const MAX_ITERATIONS = 10;

const id = (bytes: number[]) => Buffer.from(bytes);

/**
 * The bytes of `tools.createUIntBuffer` (fewest big-endian bytes, 8 from 7 on), without its
 * deprecated `new Buffer`, whose warning check ran for every cue.
 */
function uint(value: number): Buffer {
  let length = 1;
  while (value >= 2 ** (8 * length)) length++;
  if (length >= 7) {
    const wide = Buffer.alloc(8);
    wide.writeBigUInt64BE(BigInt(value));
    return wide;
  }
  const data = Buffer.alloc(length);
  data.writeUIntBE(value, 0, length);
  return data;
}

function float64(value: number): Buffer {
  const data = Buffer.alloc(8);
  data.writeDoubleBE(value);
  return data;
}
const INFO_ID = [0x15, 0x49, 0xa9, 0x66];
const TRACKS_ID = [0x16, 0x54, 0xae, 0x6b];
const CUES_ID = [0x1c, 0x53, 0xbb, 0x6b];

/**
 * The header of a seekable copy of a MediaRecorder webm: EBML header, Segment, a SeekHead, Info
 * with a Duration, Tracks as recorded, and one Cue per cluster. The same bytes as webm-duration-fix's
 * `tools.makeMetadataSeekable` (the tests compare them), by the same steps, except that each
 * size is measured by encoding once: the library measures by concatenating arrays element by
 * element, quadratic in the number of cues, which took 250–500 ms for the ~300 cues of a
 * 5-minute answer.
 *
 * Cue positions shift by however much bigger the new header is than the recorded one, and the
 * header's size depends on how many bytes those positions take, so the layout is worked out
 * again until it stops changing.
 */
export function seekableWebmHeader(original: EBMLElementDetail[], durationTicks: number, cuePoints: CueInfo[]): Uint8Array {
  const encoder = new Encoder();
  const sizeOf = (elements: EBMLElementBuffer[]) => encoder.encode(elements).byteLength;

  const header = tools.extractElement('EBML', original);
  const segmentContentStart = sizeOf(header) + SEGMENT_HEAD_BYTES;
  // Cluster positions are relative to the Segment's content; the recorded header ended here.
  const originalMetadataSize = original[original.length - 1]!.dataEnd - segmentContentStart;

  const info = tools.extractElement('Info', original);
  tools.removeElement('Duration', info);
  info.splice(1, 0, { name: 'Duration', type: 'f', data: float64(durationTicks) });
  const infoSize = sizeOf(info);
  const tracks = tools.extractElement('Tracks', original);
  const tracksSize = sizeOf(tracks);

  let seekHeadSize = 47; // first guesses, as the library makes them
  let cuesSize = 5 + cuePoints.length * 15;
  let seekHead: EBMLElementBuffer[] = [];
  let cues: EBMLElementBuffer[] = [];
  let lastSizeDifference = -1;
  for (let i = 0; ; i++) {
    const infoStart = seekHeadSize;
    const tracksStart = infoStart + infoSize;
    const cuesStart = tracksStart + tracksSize;
    const sizeDifference = cuesStart + cuesSize - originalMetadataSize;

    seekHead = [
      { name: 'SeekHead', type: 'm', isEnd: false },
      ...seek(INFO_ID, infoStart),
      ...seek(TRACKS_ID, tracksStart),
      ...seek(CUES_ID, cuesStart),
      { name: 'SeekHead', type: 'm', isEnd: true },
    ];
    seekHeadSize = sizeOf(seekHead);

    cues = [{ name: 'Cues', type: 'm', isEnd: false }];
    for (const cue of cuePoints) {
      const position = cue.CueClusterPosition - segmentContentStart + sizeDifference;
      cues.push(
        { name: 'CuePoint', type: 'm', isEnd: false },
        { name: 'CueTime', type: 'u', data: uint(cue.CueTime) },
        { name: 'CueTrackPositions', type: 'm', isEnd: false },
        { name: 'CueTrack', type: 'u', data: uint(cue.CueTrack) },
        { name: 'CueClusterPosition', type: 'u', data: uint(position) },
        { name: 'CueTrackPositions', type: 'm', isEnd: true },
        { name: 'CuePoint', type: 'm', isEnd: true },
      );
    }
    cues.push({ name: 'Cues', type: 'm', isEnd: true });
    cuesSize = sizeOf(cues);

    if (lastSizeDifference === sizeDifference) break;
    lastSizeDifference = sizeDifference;
    if (i === MAX_ITERATIONS - 1) throw new Error('Failed to converge to a stable metadata size');
  }

  const segment: EBMLElementBuffer = { name: 'Segment', type: 'm', isEnd: false, unknownSize: true };
  return new Uint8Array(encoder.encode([...header, segment, ...seekHead, ...info, ...tracks, ...cues]));
}

function seek(target: number[], position: number): EBMLElementBuffer[] {
  return [
    { name: 'Seek', type: 'm', isEnd: false },
    { name: 'SeekID', type: 'b', data: id(target) },
    { name: 'SeekPosition', type: 'u', data: uint(position) },
    { name: 'Seek', type: 'm', isEnd: true },
  ];
}
