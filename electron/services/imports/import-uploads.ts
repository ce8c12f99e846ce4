import { randomUUID } from 'node:crypto';
import { mkdir, open, readdir, rm, rmdir } from 'node:fs/promises';
import { join } from 'node:path';
import { StudioError } from '#shared/contract/errors.js';
import { isOpaqueId } from '#shared/schemas/ids.js';
import { MAX_IMPORT_BYTES, MAX_IMPORT_CHUNK_BYTES, MAX_IMPORT_PIECES_IN_FLIGHT } from '#shared/schemas/imports.js';
import { toStudioIoError } from '#electron/services/storage/io-errors.js';
import { createSerialQueue } from '#electron/services/storage/serial-queue.js';

export const importsDir = (dataDir: string): string => join(dataDir, 'imports');

type Upload = {
  id: string;
  file: string;
  totalBytes: number;
  /** Declared at begin: every piece but the last holds exactly this, so piece `seq` lies at `seq × pieceBytes`. */
  pieceBytes: number | null;
  /** The first piece not yet received. */
  nextSeq: number;
  /** Pieces after `nextSeq` already written (only with `pieceBytes`, at most a few). */
  ahead: Set<number>;
  bytesReceived: number;
};

const unknownUpload = () => new StudioError('not_found', 'That import is not in progress.');

/**
 * An archive chosen in the renderer arrives here in pieces, like a recording: each piece at most
 * 4 MiB, never more than announced, in order. An upload that declares its piece size at begin may
 * have a few pieces in flight at once (over HTTP they can arrive out of order): each is written at
 * its own place, a piece more than a few ahead of the first missing one is refused, and every piece
 * must hold exactly its share, so the file is complete exactly when every piece has arrived. It is kept in `<data>/imports/<id>.zip.part`
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

  async function begin(totalBytes: number, pieceBytes?: number): Promise<{ importId: string }> {
    if (!Number.isSafeInteger(totalBytes) || totalBytes <= 0) throw new StudioError('invalid_request', 'The file to import is empty.');
    if (totalBytes > MAX_IMPORT_BYTES) {
      throw new StudioError(
        'invalid_request',
        `This file cannot be imported: at ${totalBytes} bytes it is larger than any export (the limit is ${MAX_IMPORT_BYTES}).`,
      );
    }
    if (pieceBytes !== undefined && (!Number.isSafeInteger(pieceBytes) || pieceBytes < 1 || pieceBytes > MAX_IMPORT_CHUNK_BYTES)) {
      throw new StudioError('invalid_request', `The pieces of an import hold from 1 to ${MAX_IMPORT_CHUNK_BYTES} bytes.`);
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
    uploads.set(id, { id, file, totalBytes, pieceBytes: pieceBytes ?? null, nextSeq: 0, ahead: new Set(), bytesReceived: 0 });
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
      const at = placeOf(upload, seq, bytes.byteLength);
      const handle = await open(upload.file, 'r+');
      try {
        let written = 0;
        while (written < bytes.byteLength) {
          written += (await handle.write(bytes, written, bytes.byteLength - written, at + written)).bytesWritten;
        }
      } catch (error) {
        // In order, the file ends where the received bytes do; a placed piece is simply not counted (it is written again whole).
        if (upload.pieceBytes === null) await handle.truncate(upload.bytesReceived).catch(() => undefined);
        throw toStudioIoError(error, 'receive the file to import');
      } finally {
        await handle.close();
      }
      if (seq === upload.nextSeq) {
        upload.nextSeq++;
        while (upload.ahead.delete(upload.nextSeq)) upload.nextSeq++;
      } else upload.ahead.add(seq);
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
/** Where piece `seq` goes in the file, or why it is refused: a duplicate, too far ahead, or not its share of the bytes. */
function placeOf(upload: Upload, seq: number, length: number): number {
  if (seq < upload.nextSeq || upload.ahead.has(seq)) {
    throw new StudioError('recording_duplicate', `Piece ${seq} of this import was already received.`);
  }
  const { pieceBytes, totalBytes } = upload;
  const furthest = pieceBytes === null ? upload.nextSeq : upload.nextSeq + MAX_IMPORT_PIECES_IN_FLIGHT - 1;
  if (seq > furthest) throw new StudioError('recording_gap', `Piece ${upload.nextSeq} of this import is missing; got ${seq}.`);
  if (pieceBytes === null) {
    if (upload.bytesReceived + length > totalBytes)
      throw new StudioError('invalid_request', 'The import sent more bytes than it announced.');
    return upload.bytesReceived;
  }
  const at = seq * pieceBytes;
  if (at >= totalBytes) throw new StudioError('invalid_request', 'The import sent more bytes than it announced.');
  const share = Math.min(pieceBytes, totalBytes - at);
  if (length !== share) {
    throw new StudioError('invalid_request', `Piece ${seq} of this import holds ${length} bytes; it should hold ${share}.`);
  }
  return at;
}
export type ImportUploads = ReturnType<typeof createImportUploads>;
