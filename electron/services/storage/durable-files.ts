import { open, type FileHandle } from 'node:fs/promises';
import { RECORDING_FILE_MODE } from '#electron/services/recordings/paths.js';

/**
 * Writes all of `bytes` at `position`. Injectable so tests can make the disk fill up part-way
 * through a write; every write of recording data goes through it.
 */
export type WriteAt = (handle: FileHandle, bytes: Uint8Array, position: number) => Promise<void>;

export const writeAt: WriteAt = async (handle, bytes, position) => {
  let written = 0;
  while (written < bytes.byteLength) {
    const { bytesWritten } = await handle.write(bytes, written, bytes.byteLength - written, position + written);
    written += bytesWritten;
  }
};

/**
 * Appends one chunk at `position` (the size the file has so far) and flushes it to the disk
 * before answering, so a crash or SIGKILL loses at most the chunk in flight. At one chunk a
 * second an fdatasync per chunk costs nothing noticeable.
 *
 * If the write fails part-way (a full disk), the file is cut back to `position`: a rejected
 * chunk leaves nothing behind, and the audio before it stays a clean prefix that can be
 * finished or recovered.
 */
export async function appendChunkDurably(path: string, bytes: Uint8Array, position: number, write: WriteAt): Promise<void> {
  const handle = await open(path, 'r+');
  try {
    await write(handle, bytes, position);
    await handle.datasync();
  } catch (error) {
    // Truncating needs no free space, so this works on a full disk too.
    await handle.truncate(position).catch(() => undefined);
    throw error;
  } finally {
    await handle.close();
  }
}

/** Creates a new file (never overwrites) with owner-only access and flushes it. */
export async function createFileDurably(path: string, bytes: Uint8Array, write: WriteAt): Promise<void> {
  const handle = await open(path, 'wx', RECORDING_FILE_MODE);
  try {
    await write(handle, bytes, 0);
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/**
 * Flushes a folder's entries, so a file just created or renamed in it survives a power cut.
 * Some platforms (Windows) cannot open a folder for this; there it is skipped.
 */
export async function syncDir(dir: string): Promise<void> {
  let handle: FileHandle | undefined;
  try {
    handle = await open(dir, 'r');
    await handle.sync();
  } catch {
    // Best effort: the data itself was already flushed file by file.
  } finally {
    await handle?.close();
  }
}
