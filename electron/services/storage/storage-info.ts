import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { StorageInfo } from '#shared/schemas/storage.js';
import { EXPORT_FILE_PATTERN } from '#shared/schemas/exports.js';
import { OPAQUE_ID_PATTERN } from '#shared/schemas/ids.js';
import { CONTAINERS } from '#electron/services/recordings/containers/containers.js';

const FINISHED_RECORDING = new RegExp(`^${OPAQUE_ID_PATTERN.source.slice(1, -1)}\\.(${CONTAINERS.join('|')})$`);

/** Sizes of the regular files in a folder whose names pass `count` (all bytes are summed). */
async function folderUsage(dir: string, count: (name: string) => boolean): Promise<{ bytes: number; files: number }> {
  let bytes = 0;
  let files = 0;
  const names = await readdir(dir).catch(() => [] as string[]);
  for (const name of names) {
    const info = await stat(join(dir, name)).catch(() => null);
    if (!info?.isFile()) continue;
    bytes += info.size;
    if (count(name)) files++;
  }
  return { bytes, files };
}

/**
 * What the data folder holds, for the storage panel. Recordings' bytes include files kept
 * aside after a crash (they take space too); their count is finished recordings only.
 */
export async function storageInfo(deps: {
  dataDir: string;
  recordingsDir: string;
  exportsDir: string;
  attemptCount: number;
  canOpenFolder: boolean;
}): Promise<StorageInfo> {
  const [recordings, exports] = await Promise.all([
    folderUsage(deps.recordingsDir, (name) => FINISHED_RECORDING.test(name)),
    folderUsage(deps.exportsDir, (name) => EXPORT_FILE_PATTERN.test(name)),
  ]);
  return {
    dataDir: deps.dataDir,
    recordingsBytes: recordings.bytes,
    recordingCount: recordings.files,
    attemptCount: deps.attemptCount,
    exportsBytes: exports.bytes,
    exportCount: exports.files,
    canOpenFolder: deps.canOpenFolder,
  };
}
