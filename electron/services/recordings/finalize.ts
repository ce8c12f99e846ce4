import { rename, rm, stat, truncate } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { Container } from './containers/containers.js';
import { syncDir, type WriteAt } from '#electron/services/storage/durable-files.js';
import { errnoOf, isDiskFull } from './recording-errors.js';
import type { RecordingPaths } from './paths.js';
import { scanRecording, type AudioExtent } from './containers/scan-recording.js';
import { writeSeekableWebm } from './webm-finalize.js';
import { scanWebm } from './containers/webm-scan.js';
import type { WebmScanner } from './containers/webm-scanner.js';
import type { SeekableWebmWriter } from './seekable-webm-writer.js';

export type FinalizeOutcome =
  { kind: 'finished'; durationMs: number; sizeBytes: number; seekable: boolean } | { kind: 'empty' } | { kind: 'unplayable' };

/**
 * Turns `<id>.part` into the finished `<id>.<ext>`, trimmed to its last complete frame (so a
 * recording cut off by a crash still plays to the end of what was saved).
 *
 * - webm: a seekable copy is written beside it and renamed into place. The .part is left where
 *   it is: the caller removes it once the attempt exists (see `removeSource`), so a crash at any
 *   step leaves a complete source for the next launch, and the answer does not wait for the file
 *   system to free a long take's blocks.
 *   If the disk is too full for the copy, the recording is kept as recorded instead: it plays
 *   and has a known duration, it just cannot be sought. Losing the answer would be worse.
 * - mp4 and ogg are seekable as recorded: the .part is renamed into place.
 *
 * `scanned` is a webm scanner that was given every byte of the .part as it was appended, so the
 * file need not be read again, and the seekable copy built beside it meanwhile, so it need not be
 * copied either; they are used only if the file is exactly as long as what they saw (recovery
 * after a crash has neither, and scans and copies the file).
 *
 * Does not touch the `.meta.json` marker either; the caller removes it once the attempt exists.
 */
export async function finalizeRecording(
  paths: RecordingPaths,
  container: Container,
  write: WriteAt,
  scanned?: { scanner: WebmScanner; bytes: number; seekable?: SeekableWebmWriter | null },
): Promise<FinalizeOutcome> {
  const { size } = await stat(paths.part);
  if (size === 0) return { kind: 'empty' };
  if (container === 'webm') {
    const current = scanned?.bytes === size ? scanned : null;
    if (!current) await scanned?.seekable?.giveUp();
    return finalizeWebm(paths, write, current?.scanner ?? null, current?.seekable ?? null, size);
  }
  const scan = await scanRecording(paths.part, container);
  if (scan.kind !== 'audio') return scan;
  return keepAsRecorded(paths, scan.layout, true);
}

async function finalizeWebm(
  paths: RecordingPaths,
  write: WriteAt,
  scanner: WebmScanner | null,
  seekable: SeekableWebmWriter | null,
  size: number,
): Promise<FinalizeOutcome> {
  const scan = scanner ? scanner.result() : await scanWebm(paths.part);
  if (scan.kind !== 'audio') {
    await seekable?.giveUp();
    await rm(paths.temp, { force: true });
    return scan;
  }
  const built = seekable ? await seekable.finish(scan.layout, size) : null;
  if (built !== null) return placeSeekable(paths, scan.layout.durationMs, built);
  await rm(paths.temp, { force: true });
  let sizeBytes: number;
  try {
    sizeBytes = await writeSeekableWebm(paths.part, paths.temp, scan.layout, write);
  } catch (error) {
    await rm(paths.temp, { force: true });
    // A full disk, or a header the library could not rebuild (an Error with no errno):
    // keep the audio unseekable rather than fail. Any other IO error is worth reporting.
    if (isDiskFull(error) || errnoOf(error) === undefined) return keepAsRecorded(paths, scan.layout, false);
    throw error;
  }
  return placeSeekable(paths, scan.layout.durationMs, sizeBytes);
}

/** The flushed seekable copy takes the recording's place; the .part stays until the attempt exists. */
async function placeSeekable(paths: RecordingPaths, durationMs: number, sizeBytes: number): Promise<FinalizeOutcome> {
  await rename(paths.temp, paths.final);
  await syncDir(dirname(paths.final));
  return { kind: 'finished', durationMs, sizeBytes, seekable: true };
}

/**
 * What a finished recording no longer needs once its attempt exists: the `.part` (for a 30-minute
 * webm 28 MiB, whose blocks the file system takes ~20 ms to free) and then the marker. The marker
 * goes last and only after the `.part` is gone, so whatever a crash leaves between the two, the
 * next start finds the attempt and only tidies up (recover.ts).
 */
export async function removeSource(paths: RecordingPaths): Promise<void> {
  await rm(paths.part, { force: true });
  await rm(paths.meta, { force: true });
}

async function keepAsRecorded(paths: RecordingPaths, extent: AudioExtent, seekable: boolean): Promise<FinalizeOutcome> {
  const { size } = await stat(paths.part);
  // Cutting off a partial tail needs no free space.
  if (extent.end < size) await truncate(paths.part, extent.end);
  await rename(paths.part, paths.final);
  await syncDir(dirname(paths.final));
  return { kind: 'finished', durationMs: extent.durationMs, sizeBytes: Math.min(size, extent.end), seekable };
}
