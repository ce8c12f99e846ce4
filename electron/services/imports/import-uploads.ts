import { randomUUID } from 'node:crypto';
import { mkdir, open, readdir, rm, rmdir } from 'node:fs/promises';
import { join } from 'node:path';
import { StudioError } from '#shared/contract/errors.js';
import { isOpaqueId } from '#shared/schemas/ids.js';
import { MAX_IMPORT_BYTES, MAX_IMPORT_CHUNK_BYTES } from '#shared/schemas/imports.js';
import { toStudioIoError } from '#electron/services/storage/io-errors.js';
import { createSerialQueue } from '#electron/services/storage/serial-queue.js';

export const importsDir = (dataDir: string): string => join(dataDir, 'imports');

type Upload = { id: string; file: string; totalBytes: number; nextSeq: number; bytesReceived: number };

const unknownUpload = () => new StudioError('not_found', 'That import is not in progress.');

/**
 * An archive chosen in the renderer arrives here in pieces, like a recording: in order, each
 * piece at most 4 MiB, never more than announced. It is kept in `<data>/imports/<id>.zip.part`
 * (0600) only until it has been checked and merged or refused; then it is removed, and the
 * folder too when empty, so a refused import leaves the data folder as it was.
 */
export function createImportUploads(dataDir: string) {
  const dir = importsDir(dataDir);
  const uploads = new Map<string, Upload>();
  const enqueue = createSerialQueue();

  function require(importId: string): Upload {
    const upload = isOpaqueId(importId) ? uploads.get(importId) : undefined;
    if (!upload) throw unknownUpload();
    return upload;
  }

  async function begin(totalBytes: number): Promise<{ importId: string }> {
    if (!Number.isSafeInteger(totalBytes) || totalBytes <= 0) throw new StudioError('invalid_request', 'The file to import is empty.');
    if (totalBytes > MAX_IMPORT_BYTES) {
      throw new StudioError(
        'invalid_request',
        `This file cannot be imported: at ${totalBytes} bytes it is larger than any export (the limit is ${MAX_IMPORT_BYTES}).`,
      );
    }
    const id = randomUUID();
    const file = join(dir, `${id}.zip.part`);
    try {
      await mkdir(dir, { recursive: true, mode: 0o700 });
      await (await open(file, 'wx', 0o600)).close();
    } catch (error) {
      await tidy(file);
      throw toStudioIoError(error, 'start the import');
    }
    uploads.set(id, { id, file, totalBytes, nextSeq: 0, bytesReceived: 0 });
    return { importId: id };
  }

  function append(request: { importId: string; seq: number; bytes: Uint8Array }): Promise<{ bytesReceived: number }> {
    const upload = require(request.importId);
    const { seq, bytes } = request;
    if (bytes.byteLength > MAX_IMPORT_CHUNK_BYTES) {
      throw new StudioError('chunk_too_large', `A piece of an import may hold at most ${MAX_IMPORT_CHUNK_BYTES} bytes.`);
    }
    return enqueue(upload.id, async () => {
      if (uploads.get(upload.id) !== upload) throw unknownUpload();
      if (seq < upload.nextSeq) throw new StudioError('recording_duplicate', `Piece ${seq} of this import was already received.`);
      if (seq > upload.nextSeq) throw new StudioError('recording_gap', `Piece ${upload.nextSeq} of this import is missing; got ${seq}.`);
      if (upload.bytesReceived + bytes.byteLength > upload.totalBytes) {
        throw new StudioError('invalid_request', 'The import sent more bytes than it announced.');
      }
      const handle = await open(upload.file, 'r+');
      try {
        let written = 0;
        while (written < bytes.byteLength) {
          written += (await handle.write(bytes, written, bytes.byteLength - written, upload.bytesReceived + written)).bytesWritten;
        }
      } catch (error) {
        await handle.truncate(upload.bytesReceived).catch(() => undefined);
        throw toStudioIoError(error, 'receive the file to import');
      } finally {
        await handle.close();
      }
      upload.nextSeq++;
      upload.bytesReceived += bytes.byteLength;
      return { bytesReceived: upload.bytesReceived };
    });
  }

  /** The complete file, once every announced byte arrived (waits for pieces still being written). */
  function complete(importId: string): Promise<string> {
    const upload = require(importId);
    return enqueue(upload.id, async () => {
      if (upload.bytesReceived !== upload.totalBytes) {
        throw new StudioError(
          'invalid_request',
          `The file to import arrived incomplete (${upload.bytesReceived} of ${upload.totalBytes} bytes).`,
        );
      }
      return upload.file;
    });
  }

  async function discard(importId: string): Promise<boolean> {
    const upload = isOpaqueId(importId) ? uploads.get(importId) : undefined;
    if (!upload) return false;
    return enqueue(upload.id, async () => {
      uploads.delete(upload.id);
      await tidy(upload.file);
      return true;
    });
  }

  async function tidy(file: string): Promise<void> {
    await rm(file, { force: true });
    if (uploads.size === 0) await rmdir(dir).catch(() => undefined); // only when empty
  }

  return {
    begin,
    append,
    complete,
    discard,
    has: (importId: string) => uploads.has(importId),
    /** How much of an upload has arrived, or null for none in progress. */
    received(importId: string): { bytesReceived: number; totalBytes: number } | null {
      const upload = isOpaqueId(importId) ? uploads.get(importId) : undefined;
      return upload ? { bytesReceived: upload.bytesReceived, totalBytes: upload.totalBytes } : null;
    },
    /** At start-up: uploads from an earlier run can never finish; their bytes are only a copy. */
    async removeLeftovers(): Promise<void> {
      const names = await readdir(dir).catch(() => [] as string[]);
      for (const name of names) if (name.endsWith('.zip.part')) await rm(join(dir, name), { force: true });
      await rmdir(dir).catch(() => undefined);
    },
    discardAll: async () => {
      for (const id of [...uploads.keys()]) await discard(id);
    },
  };
}
export type ImportUploads = ReturnType<typeof createImportUploads>;
