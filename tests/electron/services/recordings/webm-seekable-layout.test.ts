import { beforeAll, describe, expect, it } from 'vitest';
import { createDecoder } from '#electron/services/recordings/containers/webm-duration-fix-node.js';
import { seekableWebmParts, type CueInfo } from '#electron/services/recordings/containers/webm-seekable-layout.js';
import { WebmScanner, type WebmLayout } from '#electron/services/recordings/containers/webm-scanner.js';
import { concatBytes, loadChunks } from './support.js';

let layout: WebmLayout;
beforeAll(async () => {
  const scanner = new WebmScanner();
  scanner.push(concatBytes((await loadChunks('webm')).chunks));
  const scan = scanner.result();
  if (scan.kind !== 'audio') throw new Error('the fixture did not scan as audio');
  layout = scan.layout;
});

/** Zero and the edges of the byte widths an EBML unsigned integer takes, with the bytes each needs (7 is written as 8). */
const EDGES: [value: number, bytes: number][] = [
  [0, 1],
  [1, 1],
  [127, 1],
  [255, 1],
  [256, 2],
  [65_535, 2],
  [65_536, 3],
  [2 ** 24, 4],
  [2 ** 32 - 1, 4],
  [2 ** 32, 5],
  [2 ** 40, 6],
  [2 ** 48 - 1, 6],
  [2 ** 48, 8],
  [2 ** 52, 8],
];
const CLUSTERS_AT = 1000;

const cuesOf = (points: CueInfo[]) => seekableWebmParts(layout.metadata, 5000, points, CLUSTERS_AT, 10).cues;
/** How far the cue positions move: from the recorded file's to the seekable Segment's, where the head ends. */
const shiftOf = () => {
  const { head } = seekableWebmParts(layout.metadata, 5000, [], CLUSTERS_AT, 10);
  const segment = createDecoder()
    .decode(head as unknown as ArrayBuffer)
    .find((e) => e.name === 'Segment')!;
  return head.byteLength - segment.dataStart - CLUSTERS_AT;
};

describe('the Cues of a seekable webm', () => {
  it('hold every cue, each integer in the fewest bytes (7 written as 8), as the EBML decoder reads them back', () => {
    const points = EDGES.map(([value], i) => ({ CueTime: value, CueTrack: 1 + i, CueClusterPosition: CLUSTERS_AT + value }));
    const elements = createDecoder().decode(cuesOf(points) as unknown as ArrayBuffer);
    const read = (name: string) =>
      elements
        .filter((e) => e.name === name)
        .map((e) => {
          const data = (e as unknown as { data: Uint8Array }).data;
          return { value: data.reduce((v, byte) => v * 256 + byte, 0), bytes: data.byteLength };
        });
    const shift = shiftOf();

    expect(elements[0]).toMatchObject({ name: 'Cues' });
    expect(elements.filter((e) => e.name === 'CuePoint' && !('isEnd' in e && e.isEnd))).toHaveLength(points.length);
    expect(read('CueTime')).toEqual(EDGES.map(([value, bytes]) => ({ value, bytes })));
    expect(read('CueTrack').map((t) => t.value)).toEqual(points.map((p) => p.CueTrack));
    expect(read('CueClusterPosition').map((p) => p.value)).toEqual(points.map((p) => p.CueClusterPosition + shift));
  });

  it('are the same bytes as each element encoded on its own, for a few cues and for thousands', () => {
    const shift = shiftOf();
    const many = Array.from({ length: 20_000 }, (_, i) => ({
      CueTime: i * 1000,
      CueTrack: 1,
      CueClusterPosition: CLUSTERS_AT + i * 16_500,
    }));
    for (const points of [[], many.slice(0, 1), many.slice(0, 450), many]) {
      expect(Buffer.from(cuesOf(points)).equals(Buffer.from(referenceCues(points, shift)))).toBe(true);
    }
  });

  it('take a longer size field when the content is exactly 127 or 16,383 bytes (all ones means "unknown size")', () => {
    // Each cue is 14 bytes with a 1-byte time and a 2-byte position; a 2-byte time adds one.
    const cues = (count: number, longTimes: number) =>
      Array.from({ length: count }, (_, i) => ({ CueTime: i < longTimes ? 256 : 0, CueTrack: 1, CueClusterPosition: 1000 - shiftOf() }));
    for (const [points, content, sizeField] of [
      [cues(9, 1), 127, 2],
      [cues(1170, 3), 16_383, 3],
    ] as const) {
      const bytes = cuesOf(points);
      expect(bytes.byteLength).toBe(4 + sizeField + content);
      expect(Buffer.from(bytes).equals(Buffer.from(referenceCues(points, shiftOf())))).toBe(true);
    }
  });
});

/** The Cues built element by element from small buffers: slow (5–10 ms for 1,800 cues) but plainly right. */
function referenceCues(points: CueInfo[], shift: number): Uint8Array {
  const uint = (value: number) => {
    let length = 1;
    while (length < 8 && value >= 2 ** (8 * length)) length++;
    const bytes = new Uint8Array(length >= 7 ? 8 : length);
    for (let i = bytes.length - 1, rest = value; i >= 0; i--, rest = Math.floor(rest / 256)) bytes[i] = rest % 256;
    return bytes;
  };
  const element = (id: number[], children: Uint8Array[]) => {
    const data = concatBytes(children);
    let length = 1;
    while (data.byteLength >= 2 ** (7 * length) - 1) length++;
    const size = uint(data.byteLength);
    const sizeField = new Uint8Array(length);
    sizeField.set(size.subarray(Math.max(0, size.length - length)), Math.max(0, length - size.length));
    sizeField[0] = sizeField[0]! | (1 << (8 - length));
    return concatBytes([Uint8Array.from(id), sizeField, data]);
  };
  return element(
    [0x1c, 0x53, 0xbb, 0x6b],
    points.map((cue) =>
      element(
        [0xbb],
        [
          element([0xb3], [uint(cue.CueTime)]),
          element([0xb7], [element([0xf7], [uint(cue.CueTrack)]), element([0xf1], [uint(cue.CueClusterPosition + shift)])]),
        ],
      ),
    ),
  );
}
