import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { registerIpc } from '#electron/shell/ipc-register.js';
import { decodeBinaryRequest, encodeRequestBody } from '#shared/contract/wire.js';
import { openTestStudio } from '#tests/support/studio.js';
import { useTempDirs } from '#tests/support/temp-dir.js';

type Listener = (event: { senderFrame: unknown }, payload: unknown) => Promise<{ ok: boolean; value?: unknown; error?: unknown }>;

/**
 * An import's pieces by both front doors, with the one schema in channels.ts: Electron's IPC hands
 * main a structured clone of the page's Uint8Array (no base64, no JSON), and the browser host the
 * binary body. Both land byte for byte; what is not bytes is refused in words by the same schema.
 */
describe('imports:append carries bytes as they are', () => {
  const tempDir = useTempDirs();

  it('through IPC (a structured clone, as Electron sends it) and as a binary body, the same bytes land', async () => {
    const dataDir = tempDir();
    const studio = await openTestStudio(dataDir);
    try {
      const handlers = new Map<string, Listener>();
      registerIpc(
        { handle: (channel: string, listener: unknown) => void handlers.set(channel, listener as Listener) } as never,
        studio.dispatch,
      );
      const ipc = (channel: string, payload: unknown) =>
        handlers.get(channel)!({ senderFrame: { url: 'studio://app/index.html', parent: null } }, structuredClone(payload));

      const piece = new Uint8Array(1024 * 1024).map((_, i) => (i * 31) % 256);
      const begun = await ipc('imports:begin', { totalBytes: piece.byteLength * 2 });
      const { importId } = begun.value as { importId: string };
      expect(await ipc('imports:append', { importId, seq: 0, bytes: piece })).toEqual({
        ok: true,
        value: { bytesReceived: piece.byteLength },
      });
      const viaBody = decodeBinaryRequest(encodeRequestBody({ importId, seq: 1, bytes: piece }).body as Uint8Array);
      expect(await studio.dispatch('imports:append', viaBody)).toEqual({ ok: true, value: { bytesReceived: piece.byteLength * 2 } });
      const received = fs.readFileSync(path.join(dataDir, 'imports', `${importId}.zip.part`));
      expect(received.equals(Buffer.concat([piece, piece]))).toBe(true);

      // Not bytes: an ArrayBuffer, a plain array, base64 text: refused by the schema, nothing written.
      for (const bytes of [piece.buffer, [1, 2, 3], 'AQID']) {
        const answer = await ipc('imports:append', { importId, seq: 2, bytes });
        expect(answer).toMatchObject({ ok: false, error: { code: 'invalid_request' } });
      }
      expect(fs.statSync(path.join(dataDir, 'imports', `${importId}.zip.part`)).size).toBe(piece.byteLength * 2);
    } finally {
      await studio.close();
    }
  });
});
