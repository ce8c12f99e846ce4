import { createDecoder } from '#electron/services/recordings/containers/webm-duration-fix-node.js';

/**
 * A long recording shaped exactly like Chromium's MediaRecorder webm (one header, then clusters of
 * unknown size, each a Timecode and SimpleBlocks), made in no time from the committed 4 s fixture:
 * its clusters are repeated with their Timecode moved on by the fixture's length each time. The
 * opus packets are real, so ffmpeg decodes the result; only the words repeat.
 *
 * For tests and profiling of finishing a long answer without recording one in real time.
 */
export function longWebm(fixtureChunks: Uint8Array[], seconds: number): Uint8Array {
  const fixture = new Uint8Array(Buffer.concat(fixtureChunks));
  const elements = createDecoder().decode(fixture as unknown as ArrayBuffer);
  const clusterStarts = elements.filter((e) => e.name === 'Cluster' && !('isEnd' in e && e.isEnd)).map((e) => e.tagStart);
  const timecodes = elements.filter((e) => e.name === 'Timecode');
  const blocks = elements.filter((e) => e.name === 'SimpleBlock');
  if (clusterStarts.length === 0 || timecodes.length !== clusterStarts.length) throw new Error('unexpected fixture layout');

  // The fixture's length in ticks: the last block's time plus one frame (the gap before it).
  const blockAt = (block: (typeof blocks)[number]) => {
    const cluster = timecodes.filter((t) => t.tagStart < block.tagStart).pop()!;
    const data = 'data' in block ? (block.data as Uint8Array) : new Uint8Array(0);
    return Number((cluster as { value: number }).value) + new DataView(data.buffer, data.byteOffset + 1, 2).getInt16(0);
  };
  const last = blockAt(blocks.at(-1)!);
  const span = last + (last - blockAt(blocks.at(-2)!));

  const pieces: Uint8Array[] = [fixture.subarray(0, clusterStarts[0])];
  const ends = [...clusterStarts.slice(1), fixture.length];
  const repeats = Math.max(1, Math.ceil((seconds * 1000) / span));
  for (let r = 0; r < repeats; r++) {
    clusterStarts.forEach((start, i) => {
      const timecode = timecodes[i]!;
      const value = Number((timecode as { value: number }).value) + r * span;
      pieces.push(fixture.subarray(start, timecode.tagStart), encodeTimecode(value), fixture.subarray(timecode.dataEnd, ends[i]));
    });
  }
  return new Uint8Array(Buffer.concat(pieces));
}

/** A Cluster › Timecode element (ID 0xE7) holding `value` in as few bytes as it needs. */
function encodeTimecode(value: number): Uint8Array {
  const bytes: number[] = [];
  for (let v = value; bytes.length === 0 || v > 0; v = Math.floor(v / 256)) bytes.unshift(v % 256);
  return new Uint8Array([0xe7, 0x80 | bytes.length, ...bytes]);
}

/** The bytes cut into pieces of about a second of Chromium's opus, as MediaRecorder.start(1000) hands them over. */
export function asChunks(bytes: Uint8Array, size = 16 * 1024): Uint8Array[] {
  const chunks: Uint8Array[] = [];
  for (let at = 0; at < bytes.length; at += size) chunks.push(bytes.subarray(at, Math.min(bytes.length, at + size)));
  return chunks;
}
