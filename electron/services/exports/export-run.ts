import type { ExportManifest, ExportScope } from '#shared/schemas/archive.js';
import { exportContents, type ExportContentsDeps } from './export-contents.js';
import { writeZipAtomically } from '#electron/services/archive/zip-write.js';

export interface ExportRunOptions {
  exportedAt: Date;
  signal?: AbortSignal;
  /** Told the total once it is known, then the bytes done as they are read. */
  onProgress?: (doneBytes: number, totalBytes: number) => void;
  /** Before the total is known: the answers and recordings gathered so far. */
  onGathering?: (attempts: number, recordings: number) => void;
}

/**
 * One export from start to finish: gather the contents, then write them to `target` through a
 * temporary file. Shared by the export jobs (the app) and `npm run data -- export` (the CLI).
 */
export async function runExport(
  deps: ExportContentsDeps,
  scope: ExportScope,
  target: string,
  options: ExportRunOptions,
): Promise<{ manifest: ExportManifest; totalBytes: number }> {
  const contents = await exportContents(deps, scope, options.exportedAt, (attempts, recordings) => {
    options.signal?.throwIfAborted();
    options.onGathering?.(attempts, recordings);
  });
  options.signal?.throwIfAborted();
  options.onProgress?.(0, contents.totalBytes);
  await writeZipAtomically(target, contents.sources, {
    mtime: options.exportedAt,
    signal: options.signal,
    onProgress: (done) => options.onProgress?.(Math.min(done, contents.totalBytes), contents.totalBytes),
  });
  return { manifest: contents.manifest, totalBytes: contents.totalBytes };
}
