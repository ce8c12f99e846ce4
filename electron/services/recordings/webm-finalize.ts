import { open } from 'node:fs/promises';
import type { WriteAt } from '#electron/services/storage/durable-files.js';
import { RECORDING_FILE_MODE } from './paths.js';
import type { WebmLayout } from './containers/webm-scanner.js';
import { seekableWebmParts } from './containers/webm-seekable-layout.js';

/** A few seconds of audio per read and write: fewer system calls, still never the whole file in memory. */
const COPY_PIECE_BYTES = 1024 * 1024;

/**
 * Writes a seekable copy of a MediaRecorder webm to `target` from the recorded file: a head with a
 * SeekHead and Info › Duration, the clusters copied through unchanged up to the last complete audio
 * block, then one Cue per cluster (webm-seekable-layout.ts). The same bytes seekable-webm-writer.ts
 * builds while recording; this is for when that copy is missing (recovery after a crash) or was
 * given up.
 *
 * The copy is streamed in pieces, so a long recording is never held in memory whole. It is
 * flushed before returning; the caller renames it into place.
 */
export async function writeSeekableWebm(source: string, target: string, layout: WebmLayout, write: WriteAt): Promise<number> {
  const clustersLength = layout.end - layout.metadataSize;
  const { head, cues } = seekableWebmParts(layout.metadata, layout.durationTicks, layout.cues, layout.metadataSize, clustersLength);
  const input = await open(source, 'r');
  try {
    const output = await open(target, 'wx', RECORDING_FILE_MODE);
    try {
      await write(output, head, 0);
      let written = head.byteLength;
      const piece = new Uint8Array(COPY_PIECE_BYTES);
      for (let at = layout.metadataSize; at < layout.end;) {
        const { bytesRead } = await input.read(piece, 0, Math.min(piece.byteLength, layout.end - at), at);
        if (bytesRead === 0) throw new Error('the recording shrank while it was being finished');
        await write(output, piece.subarray(0, bytesRead), written);
        at += bytesRead;
        written += bytesRead;
      }
      await write(output, cues, written);
      await output.sync();
      return written + cues.byteLength;
    } finally {
      await output.close();
    }
  } finally {
    await input.close();
  }
}
