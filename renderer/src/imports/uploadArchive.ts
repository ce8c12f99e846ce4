import type { ImportPreview } from '#shared/schemas/imports.js';
import type { StudioClient } from '#renderer/api/client.js';
import { PIECE_BYTES, sendPieces } from './sendPieces.js';

/**
 * Sends a chosen file to main piece by piece (`imports:begin/append/finish`, sendPieces.ts): only
 * bytes cross the boundary, never a path. Answers main's preview of what the import would change. If the
 * signal aborts or anything fails, the half-sent import is cancelled so main removes it.
 */
export async function uploadArchive(
  client: Pick<StudioClient, 'imports'>,
  file: Blob,
  onProgress: (sentBytes: number) => void,
  signal: AbortSignal,
  /** Once every byte is sent, as main starts checking the archive (which `imports:status` follows). */
  onChecking: (importId: string) => void = () => undefined,
): Promise<ImportPreview> {
  const { importId } = await client.imports.begin({ totalBytes: file.size, pieceBytes: PIECE_BYTES });
  try {
    await sendPieces((seq, bytes) => client.imports.append({ importId, seq, bytes }), file, onProgress, signal);
    signal.throwIfAborted();
    onChecking(importId);
    const preview = await client.imports.finish({ importId });
    // Cancelled while it was checked: the check cannot stop half-way, but its result is not wanted.
    signal.throwIfAborted();
    return preview;
  } catch (error) {
    // A refused archive is already gone in main; cancelling again is harmless.
    await client.imports.cancel({ importId }).catch(() => undefined);
    throw error;
  }
}
