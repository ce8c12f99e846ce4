import { beforeAll, describe, expect, it } from 'vitest';
import type { EBMLElementDetail } from 'webm-duration-fix/lib/ebml/index.js';
import { createDecoder, Reader } from '#electron/services/recordings/containers/webm-duration-fix-node.js';
import { WebmScanner } from '#electron/services/recordings/containers/webm-scanner.js';
import { asChunks, longWebm } from '#tests/support/long-webm.js';
import { concatBytes, loadChunks } from './support.js';

/**
 * What webm-duration-fix's own decoder and reader make of the whole file (how the app scanned
 * before the scanner walked clusters itself): where the header ends, its cues, and where the
 * last audio block ends.
 */
function libraryView(bytes: Uint8Array) {
  const reader = new Reader();
  reader.use_segment_info = false;
  reader.drop_default_duration = false;
  let end = 0;
  for (const element of createDecoder().decode(bytes as unknown as ArrayBuffer) as EBMLElementDetail[]) {
    if (element.type === 'unknown') continue;
    reader.read(element);
    if (element.name === 'SimpleBlock') end = element.dataEnd;
  }
  reader.stop();
  return { metadataSize: reader.metadataSize, cues: reader.cues, end };
}

function scan(bytes: Uint8Array, pieceSize: number) {
  const scanner = new WebmScanner();
  for (let at = 0; at < bytes.length; at += pieceSize) scanner.push(bytes.subarray(at, Math.min(bytes.length, at + pieceSize)));
  return scanner.result();
}

let fixture: Uint8Array;
let long: Uint8Array;
beforeAll(async () => {
  const { chunks } = await loadChunks('webm');
  fixture = concatBytes(chunks);
  long = longWebm(chunks, 300);
});

describe('WebmScanner', () => {
  it('finds the header, the cues and the end the library finds, for a 5-minute answer', () => {
    const result = scan(long, 16 * 1024);
    expect(result.kind).toBe('audio');
    if (result.kind !== 'audio') return;
    const library = libraryView(long);
    expect(result.layout.metadataSize).toBe(library.metadataSize);
    expect(result.layout.cues).toEqual(library.cues);
    expect(result.layout.cues.length).toBeGreaterThan(290);
    expect(result.layout.end).toBe(long.length);
    expect(Math.abs(result.layout.durationMs - 300_000)).toBeLessThan(4_000); // whole repeats of the 4 s fixture
  });

  it('reads the same whatever size the pieces come in, down to one byte', () => {
    const whole = scan(fixture, fixture.length);
    for (const size of [1, 2, 3, 7, 146, 147, 1000, 16 * 1024]) expect(scan(fixture, size)).toEqual(whole);
  });

  it('cut off anywhere, ends at the last complete block, as the library sees it', () => {
    for (let cut = 160; cut < fixture.length; cut += 997) {
      const result = scan(fixture.subarray(0, cut), 4096);
      const library = libraryView(fixture.subarray(0, cut));
      if (library.end === 0) expect(result).toEqual({ kind: 'empty' });
      else expect(result.kind === 'audio' && [result.layout.end, result.layout.cues]).toEqual([library.end, library.cues]);
    }
  });

  it('stops at bytes that are not EBML where an element should start, keeping the audio before them', () => {
    const blocks = createDecoder()
      .decode(fixture as unknown as ArrayBuffer)
      .filter((e) => e.name === 'SimpleBlock');
    const torn = blocks.find((b) => b.tagStart > 20_000)!; // zeros, as a torn write can leave
    const bytes = fixture.slice();
    bytes.fill(0, torn.tagStart, torn.tagStart + 500);
    const scanner = new WebmScanner();
    for (const piece of asChunks(bytes, 4096)) scanner.push(piece);
    expect(scanner.stopped).toBe(true);
    const result = scanner.result();
    expect(result.kind === 'audio' && result.layout.end).toBe(blocks[blocks.indexOf(torn) - 1]!.dataEnd);
  });

  it('tells a header without audio, a cut-off header and bytes that are not webm apart', () => {
    expect(scan(fixture.subarray(0, 150), 50)).toEqual({ kind: 'empty' });
    expect(scan(fixture.subarray(0, 40), 50)).toEqual({ kind: 'unplayable' });
    expect(scan(new TextEncoder().encode('hello, not a webm'), 4)).toEqual({ kind: 'unplayable' });
    expect(new WebmScanner().result()).toEqual({ kind: 'unplayable' });
  });

  it('does not keep the caller’s bytes: changing them after a push changes nothing', () => {
    const copy = fixture.slice(0, 20_000);
    const scanner = new WebmScanner();
    scanner.push(copy.subarray(0, 100)); // still in the header
    scanner.push(copy.subarray(100));
    copy.fill(0);
    expect(scanner.result()).toEqual(scan(fixture.subarray(0, 20_000), 20_000));
  });
});
