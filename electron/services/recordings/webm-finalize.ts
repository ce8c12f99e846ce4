import { open } from 'node:fs/promises';
import type { WriteAt } from '#electron/services/storage/durable-files.js';
import { RECORDING_FILE_MODE } from './paths.js';
import type { WebmLayout } from './containers/webm-scanner.js';
import { seekableWebmHeader } from './containers/webm-seekable-header.js';

/** A few seconds of audio per read and write: fewer system calls, still never the whole file in memory. */
const COPY_PIECE_BYTES = 1024 * 1024;

/**
 * Writes a seekable copy of a MediaRecorder webm to `target`: the header is re-encoded with a
 * SeekHead, Info › Duration and one Cue per cluster (webm-seekable-header.ts, which also works
 * out the shifted cluster offsets); the clusters are
 * then copied through unchanged, up to the last complete audio block. Chromium omits the
 * Duration and Cues because it writes the file as a live stream (https://crbug.com/642012).
 *
 * The copy is streamed in pieces, so a long recording is never held in memory whole. It is
 * flushed before returning; the caller renames it into place.
 */
export async function writeSeekableWebm(source: string, target: string, layout: WebmLayout, write: WriteAt): Promise<number> {
  const header = seekableWebmHeader(layout.metadata, layout.durationTicks, layout.cues);
  const input = await open(source, 'r');
  try {
    const output = await open(target, 'wx', RECORDING_FILE_MODE);
    try {
      await write(output, header, 0);
      let written = header.byteLength;
      const piece = new Uint8Array(COPY_PIECE_BYTES);
      for (let at = layout.metadataSize; at < layout.end;) {
        const { bytesRead } = await input.read(piece, 0, Math.min(piece.byteLength, layout.end - at), at);
        if (bytesRead === 0) break; // the source shrank under us; keep what was read
        await write(output, piece.subarray(0, bytesRead), written);
        at += bytesRead;
        written += bytesRead;
      }
      await output.sync();
      return written;
    } finally {
      await output.close();
    }
  } finally {
    await input.close();
  }
}
