import { open, type FileHandle } from 'node:fs/promises';
import type { WriteAt } from '#electron/services/storage/durable-files.js';
import type { WebmLayout, WebmScanner } from './containers/webm-scanner.js';
import { seekableHeadSize, seekableWebmParts } from './containers/webm-seekable-layout.js';
import { RECORDING_FILE_MODE } from './paths.js';

/**
 * The copy is flushed every this many bytes (about 16 s of opus), so finish never has more than
 * this to flush, however long the answer and however fast its chunks came. A 10 s take has about
 * 190 KB in all: at 1 MiB a long take's last flush left up to five times that to finish (2.4 ms
 * against 0.8 ms), and one more flush every 16 s while recording costs next to nothing beside the
 * `.part`'s flush after every chunk.
 */
export const SEEKABLE_FLUSH_BYTES = 256 * 1024;

/**
 * Builds the seekable copy of a webm being recorded (webm-seekable-layout.ts) as its chunks reach
 * the `.part`: each chunk's cluster bytes are written straight to their place in `target`, after
 * room for the head. Finishing then writes only the head and the Cues, whatever the length of the
 * answer, instead of copying the whole recording.
 *
 * Only a shortcut: the `.part`, appended durably, stays the recording until the copy is renamed into
 * place. Any failure here (a full disk, a chunk that did not follow on) gives the copy up, and
 * finishing copies the `.part` as recovery does, so nothing here throws.
 */
export class SeekableWebmWriter {
  private handle: FileHandle | null = null;
  private headSize = 0;
  /** Where the clusters start in the `.part`, and how far into it the copy reaches. */
  private clustersAt = 0;
  private copiedTo = 0;
  private unflushed = 0;
  private givenUp = false;

  constructor(
    private readonly source: string,
    private readonly target: string,
    private readonly write: WriteAt,
  ) {}

  /** Called once `chunk`, which starts at `chunkAt` in the `.part`, is on the disk and the scanner has seen it. */
  async follow(scanner: WebmScanner, chunk: Uint8Array, chunkAt: number): Promise<void> {
    if (this.givenUp) return;
    try {
      if (!this.handle) {
        const recorded = scanner.recordedHeader;
        if (!recorded) return; // still in the header: nothing to copy yet
        this.headSize = seekableHeadSize(recorded.metadata);
        this.clustersAt = recorded.metadataSize;
        this.copiedTo = recorded.metadataSize;
        this.handle = await open(this.target, 'w', RECORDING_FILE_MODE);
        // The clusters may have begun in an earlier chunk, and this one is on the disk too: read them back.
        await this.place(await readRange(this.source, this.clustersAt, chunkAt + chunk.byteLength), this.clustersAt);
        return;
      }
      if (chunkAt !== this.copiedTo) throw new Error('the chunk does not follow on');
      await this.place(chunk, chunkAt);
    } catch {
      await this.giveUp();
    }
  }

  /**
   * Writes the head and the Cues and flushes the copy; its size, or null when there is no complete
   * copy of the `bytes` the `.part` holds (the caller then copies the `.part`).
   */
  async finish(layout: WebmLayout, bytes: number): Promise<number | null> {
    const handle = this.handle;
    if (this.givenUp || !handle || this.copiedTo !== bytes || layout.metadataSize !== this.clustersAt) {
      await this.giveUp();
      return null;
    }
    try {
      const clustersLength = layout.end - layout.metadataSize;
      const { head, cues } = seekableWebmParts(layout.metadata, layout.durationTicks, layout.cues, layout.metadataSize, clustersLength);
      if (head.byteLength !== this.headSize) throw new Error('the head changed size');
      // A tail cut off mid-block goes; the Cues take its place.
      await handle.truncate(this.headSize + clustersLength);
      await this.write(handle, cues, this.headSize + clustersLength);
      await this.write(handle, head, 0);
      await handle.sync();
      await handle.close();
      this.handle = null;
      return this.headSize + clustersLength + cues.byteLength;
    } catch {
      await this.giveUp();
      return null;
    }
  }

  /** Closes the copy; the caller removes the file (or finish overwrites it). */
  async giveUp(): Promise<void> {
    this.givenUp = true;
    const handle = this.handle;
    this.handle = null;
    await handle?.close().catch(() => undefined);
  }

  private async place(bytes: Uint8Array, at: number): Promise<void> {
    if (bytes.byteLength > 0) await this.write(this.handle!, bytes, this.headSize + at - this.clustersAt);
    this.copiedTo = at + bytes.byteLength;
    this.unflushed += bytes.byteLength;
    if (this.unflushed >= SEEKABLE_FLUSH_BYTES) {
      await this.handle!.datasync();
      this.unflushed = 0;
    }
  }
}

async function readRange(path: string, from: number, to: number): Promise<Uint8Array> {
  if (to <= from) return new Uint8Array(0);
  const handle = await open(path, 'r');
  try {
    const bytes = new Uint8Array(to - from);
    const { bytesRead } = await handle.read(bytes, 0, bytes.byteLength, from);
    if (bytesRead !== bytes.byteLength) throw new Error('the .part is shorter than what was appended');
    return bytes;
  } finally {
    await handle.close();
  }
}
