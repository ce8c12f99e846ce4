import { blockHeader, EBML_ID, readElementHead, readUint } from './ebml-element.js';
import type { ScanResult } from './scan-result.js';
import { readWebmHeader, type WebmHeader } from './webm-header.js';

const EBML_MAGIC = [0x1a, 0x45, 0xdf, 0xa3];
/** A MediaRecorder header is a few hundred bytes; this much without a Cluster is not one. */
const MAX_HEADER_BYTES = 1024 * 1024;
/** Enough of a SimpleBlock to read its track number (up to 8 bytes) and timecode (2). */
const BLOCK_PREFIX_BYTES = 10;

export type WebmLayout = {
  durationMs: number;
  /** Duration in the file's own timecode units, as the Info › Duration element wants it. */
  durationTicks: number;
  /** Byte offset just past the last complete audio block; anything after it is a cut-off tail. */
  end: number;
  /** Header, Info and Tracks as decoded, for re-encoding with Duration and Cues. */
  metadata: WebmHeader['metadata'];
  /** Where the clusters start in the original file. */
  metadataSize: number;
  cues: { CueTrack: number; CueClusterPosition: number; CueTime: number }[];
};

/**
 * Reads a MediaRecorder webm as its bytes come, piece by piece, and keeps what finalizing needs.
 * Chromium writes webm as a live stream: no Duration, no Cues, clusters of unknown size
 * (https://crbug.com/642012). The header goes through webm-duration-fix (webm-header.ts); the
 * clusters are walked element by element, jumping over each block's audio rather than reading
 * it: a 5-minute answer is ~4,000 blocks and ~300 clusters.
 *
 * - The duration counts in absolute timecodes (cluster + block), so a last cluster holding a
 *   single block is right; the last block plays as long as the gap before it.
 * - A recording cut off by a crash ends in a partial element, and bytes that are not EBML end
 *   what can be trusted: `end` is just past the last complete audio block before either.
 * - One cue per cluster, at its first audio block, as webm-duration-fix's reader makes them.
 */
export class WebmScanner {
  private phase: 'header' | 'clusters' | 'stopped' = 'header';
  /** Bytes not yet walked (in the header phase, every byte so far), starting at `offset`. */
  private pending: Uint8Array = new Uint8Array(0);
  private offset = 0;
  private header: WebmHeader | null = null;
  private notWebm = false;

  /** Data bytes of the current element still to pass over, and the audio block they complete. */
  private skip = 0;
  private block: { at: number; end: number } | null = null;

  private clusterStart = 0;
  private clusterTimecode = 0;
  private clusterHasCue = false;
  private blocks = 0;
  private lastAt = 0;
  private previousAt = 0;
  private end = 0;
  private readonly cues: WebmLayout['cues'] = [];

  /** Takes the next bytes of the file. */
  push(piece: Uint8Array): void {
    if (this.phase === 'stopped' || piece.length === 0) return;
    // The header phase keeps every byte until the first Cluster, so it works on its own copy.
    if (this.phase === 'header') this.walkHeader(concat(this.pending, piece));
    else this.walkClusters(this.pending.length === 0 ? piece : concat(this.pending, piece));
  }

  /** The recorded header and where the clusters start, once the first Cluster has been seen. */
  get recordedHeader(): Pick<WebmLayout, 'metadata' | 'metadataSize'> | null {
    return this.header && this.phase !== 'header' ? { metadata: this.header.metadata, metadataSize: this.header.metadataSize } : null;
  }

  /** True once nothing more can change the result (the bytes stopped being EBML). */
  get stopped(): boolean {
    return this.phase === 'stopped';
  }

  result(): ScanResult<WebmLayout> {
    // Cut off before the first Cluster: the header as far as it goes says whether this is audio.
    const header = this.header ?? (this.notWebm ? null : readWebmHeader(this.pending));
    if (!header?.sawTracks || header.audioTrack === null) return { kind: 'unplayable' };
    if (this.blocks === 0) return { kind: 'empty' };
    const frameTicks = Math.max(0, this.lastAt - this.previousAt);
    const durationTicks = Math.max(0, this.lastAt + frameTicks - header.codecDelayNs / header.timecodeScale);
    return {
      kind: 'audio',
      layout: {
        durationMs: Math.round((durationTicks * header.timecodeScale) / 1_000_000),
        durationTicks,
        end: this.end,
        metadata: header.metadata,
        metadataSize: header.metadataSize,
        cues: [...this.cues],
      },
    };
  }

  /** Finds the first Cluster (walking from the start each time: the header is small), then reads the header. */
  private walkHeader(bytes: Uint8Array): void {
    this.pending = bytes;
    if (!EBML_MAGIC.every((byte, i) => i >= bytes.length || bytes[i] === byte)) return this.stop(true);
    let at = 0;
    for (;;) {
      const head = readElementHead(bytes, at);
      if (head === 'more') break;
      if (head === 'invalid') return this.stop(false);
      if (head.id === EBML_ID.Cluster) {
        this.header = readWebmHeader(bytes.subarray(0, at));
        this.phase = 'clusters';
        this.pending = new Uint8Array(0);
        this.offset = at;
        return this.walkClusters(bytes.subarray(at));
      }
      if (head.id === EBML_ID.Segment)
        at += head.headLength; // its children follow
      else if (head.size === null) return this.stop(false);
      else at += head.headLength + head.size;
    }
    if (bytes.length > MAX_HEADER_BYTES) this.stop(false);
  }

  /** `bytes` start at `this.offset`; whatever cannot be walked yet is kept for the next piece. */
  private walkClusters(bytes: Uint8Array): void {
    let at = 0;
    while (at < bytes.length) {
      if (this.skip > 0) {
        const passed = Math.min(this.skip, bytes.length - at);
        this.skip -= passed;
        at += passed;
        if (this.skip === 0 && this.block) this.countBlock(this.block);
        continue;
      }
      const head = readElementHead(bytes, at);
      if (head === 'more') break;
      if (head === 'invalid') return this.stop(false);
      const dataAt = at + head.headLength;
      if (head.id === EBML_ID.Cluster) {
        this.clusterStart = this.offset + at;
        this.clusterHasCue = false;
        at = dataAt; // its children follow, whether its size is known or not
        continue;
      }
      // A second header or Segment, or any other element of unknown size: not what a recorder writes.
      if (head.size === null || head.id === EBML_ID.EBML || head.id === EBML_ID.Segment) return this.stop(false);
      if (head.id === EBML_ID.Timecode && head.size <= 8) {
        if (dataAt + head.size > bytes.length) break;
        this.clusterTimecode = readUint(bytes, dataAt, head.size);
        at = dataAt + head.size;
        continue;
      }
      this.block = null;
      if (head.id === EBML_ID.SimpleBlock) {
        const prefix = Math.min(head.size, BLOCK_PREFIX_BYTES);
        if (dataAt + prefix > bytes.length) break;
        const block = blockHeader(bytes.subarray(dataAt, dataAt + prefix));
        if (block && block.track === this.header?.audioTrack) {
          this.block = { at: this.clusterTimecode + block.timecode, end: this.offset + dataAt + head.size };
        }
      }
      this.skip = head.size;
      at = dataAt;
      if (this.skip === 0 && this.block) this.countBlock(this.block);
    }
    this.pending = bytes.slice(at);
    this.offset += at;
  }

  private countBlock(block: { at: number; end: number }): void {
    this.previousAt = this.blocks > 0 ? this.lastAt : block.at;
    this.lastAt = block.at;
    this.blocks += 1;
    this.end = block.end;
    this.block = null;
    if (!this.clusterHasCue && this.header?.audioTrack != null) {
      this.cues.push({ CueTrack: this.header.audioTrack, CueClusterPosition: this.clusterStart, CueTime: block.at });
      this.clusterHasCue = true;
    }
  }

  /** Nothing after this point is read; `notWebm` when the file does not even start as EBML. */
  private stop(notWebm: boolean): void {
    this.notWebm = notWebm;
    if (this.phase !== 'header') this.pending = new Uint8Array(0);
    this.phase = 'stopped';
  }
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const joined = new Uint8Array(a.length + b.length);
  joined.set(a, 0);
  joined.set(b, a.length);
  return joined;
}
