import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createImportUploads, type ImportUploads } from '#electron/services/imports/import-uploads.js';
import { MAX_IMPORT_PIECES_IN_FLIGHT } from '#shared/schemas/imports.js';
import { useTempDirs } from '#tests/support/temp-dir.js';

const PIECE = 4;
/** Ten bytes in pieces of four: 0–3, 4–7, and the last holds 8–9. */
const FILE = Uint8Array.from({ length: 10 }, (_, i) => 100 + i);
const piece = (seq: number) => FILE.subarray(seq * PIECE, (seq + 1) * PIECE);
/** A refusal before the piece is queued is thrown, not returned: as the dispatcher sees either, a rejection. */
const send = async (uploads: ImportUploads, request: { importId: string; seq: number; bytes: Uint8Array }) => uploads.append(request);

describe('an upload that declares its piece size takes a few pieces in flight', () => {
  const tempDir = useTempDirs();

  it('places pieces that arrive out of order, and is complete only once every piece is in', async () => {
    const uploads = createImportUploads(tempDir());
    const { importId } = await uploads.begin(FILE.byteLength, PIECE);
    expect(await send(uploads, { importId, seq: 2, bytes: piece(2) })).toEqual({ bytesReceived: 2 });
    expect(await send(uploads, { importId, seq: 1, bytes: piece(1) })).toEqual({ bytesReceived: 6 });
    await expect(uploads.complete(importId)).rejects.toMatchObject({ code: 'invalid_request', message: /incomplete \(6 of 10 bytes\)/ });
    expect(uploads.received(importId)).toEqual({ bytesReceived: 6, totalBytes: 10 });
    await send(uploads, { importId, seq: 0, bytes: piece(0) });
    const file = await uploads.complete(importId);
    expect(new Uint8Array(fs.readFileSync(file))).toEqual(FILE);
  });

  it('refuses a piece received twice, one too far ahead, one past the end, and one that is not its share', async () => {
    const uploads = createImportUploads(tempDir());
    const { importId } = await uploads.begin(100, PIECE);
    await send(uploads, { importId, seq: 1, bytes: piece(1) });
    await expect(send(uploads, { importId, seq: 1, bytes: piece(1) })).rejects.toMatchObject({ code: 'recording_duplicate' });
    // The window counts from the first piece still missing (0), whatever arrived after it.
    const tooFar = MAX_IMPORT_PIECES_IN_FLIGHT;
    await expect(send(uploads, { importId, seq: tooFar, bytes: piece(0) })).rejects.toMatchObject({
      code: 'recording_gap',
      message: `Piece 0 of this import is missing; got ${tooFar}.`,
    });
    await expect(send(uploads, { importId, seq: 2, bytes: new Uint8Array(3) })).rejects.toMatchObject({
      code: 'invalid_request',
      message: 'Piece 2 of this import holds 3 bytes; it should hold 4.',
    });
    await send(uploads, { importId, seq: 0, bytes: piece(0) });
    // Piece 0 in, piece 1 was already there: the window now starts at 2.
    await send(uploads, { importId, seq: 2 + tooFar - 1, bytes: piece(0) });
    expect(uploads.received(importId)).toEqual({ bytesReceived: 12, totalBytes: 100 });

    const short = await uploads.begin(FILE.byteLength, PIECE);
    await expect(send(uploads, { importId: short.importId, seq: 2, bytes: piece(0) })).rejects.toMatchObject({
      message: 'Piece 2 of this import holds 4 bytes; it should hold 2.',
    });
    await expect(send(uploads, { importId: short.importId, seq: 3, bytes: piece(0) })).rejects.toMatchObject({
      code: 'invalid_request',
      message: 'The import sent more bytes than it announced.',
    });
  });

  it('refuses a piece size outside 1 byte to 4 MiB', async () => {
    const uploads = createImportUploads(tempDir());
    for (const size of [0, 4 * 1024 * 1024 + 1, 1.5]) {
      await expect(uploads.begin(10, size)).rejects.toMatchObject({ code: 'invalid_request' });
    }
  });

  it('without a declared size, pieces still come strictly in order', async () => {
    const uploads = createImportUploads(tempDir());
    const { importId } = await uploads.begin(FILE.byteLength);
    await expect(send(uploads, { importId, seq: 1, bytes: piece(1) })).rejects.toMatchObject({ code: 'recording_gap' });
  });

  it('a cancel with pieces ahead of a missing one leaves nothing behind', async () => {
    const dataDir = tempDir();
    const uploads = createImportUploads(dataDir);
    const { importId } = await uploads.begin(FILE.byteLength, PIECE);
    await send(uploads, { importId, seq: 1, bytes: piece(1) });
    expect(await uploads.discard(importId)).toBe(true);
    expect(fs.existsSync(path.join(dataDir, 'imports'))).toBe(false);
    await expect(send(uploads, { importId, seq: 0, bytes: piece(0) })).rejects.toMatchObject({ code: 'not_found' });
    expect(fs.existsSync(path.join(dataDir, 'imports'))).toBe(false);
  });
});
