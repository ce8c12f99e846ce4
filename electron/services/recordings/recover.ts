import { readdir, rename, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { Attempt } from '#shared/schemas/attempt.js';
import { OPAQUE_ID_PATTERN } from '#shared/schemas/ids.js';
import type { AttemptsPort } from '#electron/services/attempts/attempts-port.js';
import type { NoticesService } from '#electron/services/storage/notices.js';
import { attemptFor } from './attempt-for.js';
import { containerOf } from './containers/containers.js';
import type { WriteAt } from '#electron/services/storage/durable-files.js';
import { finalizeRecording, removeSource, type FinalizeOutcome } from './finalize.js';
import { isMissing } from './recording-errors.js';
import { readMeta } from './meta.js';
import { lostMessage, recoveredMessage, unattributedMessage } from './recovery-notices.js';
import { META_SUFFIX, PART_SUFFIX, TEMP_SUFFIX, recordingPaths, type RecordingPaths } from './paths.js';
import { scanRecording } from './containers/scan-recording.js';

export type RecoveryReport = { recovered: Attempt[]; keptAside: string[]; cleaned: string[] };

type RecoveryDeps = {
  dir: string;
  attempts: AttemptsPort;
  notices: Pick<NoticesService, 'add'>;
  write: WriteAt;
  isActive: (id: string) => boolean;
};

/** The id a leftover file belongs to, if its name is one of ours. */
const LEFTOVER = new RegExp(
  `^(${OPAQUE_ID_PATTERN.source.slice(1, -1)})(${escape(PART_SUFFIX)}|${escape(META_SUFFIX)}|\\.\\w+${escape(TEMP_SUFFIX)})$`,
);
function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

const exists = (path: string): Promise<boolean> =>
  stat(path).then(
    () => true,
    (error: unknown) => (isMissing(error) ? false : Promise.reject(error)),
  );

/** Moves an unreadable recording out of the way, keeping every byte: `<id>.part.unplayable`. */
export async function setAside(paths: RecordingPaths, source: string = paths.part): Promise<void> {
  await rename(source, paths.unplayable);
  await rm(paths.meta, { force: true });
}

/**
 * Start-up reconciliation (Kap's recording-history idea): every `<id>.meta.json` marks a
 * recording that was started and never saved. For each one, the audio that reached the disk
 * is finished like a normal recording and becomes an attempt marked `recovered`; what cannot
 * be played is kept aside, never deleted, and the user is told either way.
 */
export async function recoverLeftovers(deps: RecoveryDeps): Promise<RecoveryReport> {
  const report: RecoveryReport = { recovered: [], keptAside: [], cleaned: [] };
  const ids = new Set<string>();
  for (const name of await readdir(deps.dir)) {
    const match = LEFTOVER.exec(name);
    if (!match?.[1] || deps.isActive(match[1])) continue;
    if (name.endsWith(TEMP_SUFFIX)) {
      // A half-written seekable copy; its source .part is still there (it goes only after the
      // copy is renamed into place), so this is scratch, not the user's audio.
      await rm(join(deps.dir, name), { force: true });
      continue;
    }
    ids.add(match[1]);
  }
  for (const id of ids) {
    try {
      await recoverOne(id, deps, report);
    } catch {
      deps.notices.add(
        'recording_lost',
        'warning',
        'An interrupted recording could not be checked this time; its files were left as they are and will be checked again at the next start.',
      );
    }
  }
  return report;
}

async function recoverOne(id: string, deps: RecoveryDeps, report: RecoveryReport): Promise<void> {
  const meta = await readMeta(join(deps.dir, id + META_SUFFIX));
  const container = meta ? containerOf(meta.mimeType) : null;
  const paths = recordingPaths(deps.dir, id, container ?? 'webm');
  const partSize = await stat(paths.part).then(
    (info) => info.size,
    (error: unknown) => (isMissing(error) ? null : Promise.reject(error)),
  );

  if (deps.attempts.get(id)) {
    // The app stopped after saving the attempt but before tidying up: finishing answers first and
    // removes the .part and then the marker after, so both, or the marker alone, may be left.
    // Checked before the marker is read: an attempt with this id means its audio is saved, so a
    // .part beside it is a copy, even if its marker has gone missing or been torn since, never
    // audio to keep aside as unattributed.
    await removeSource(paths);
    report.cleaned.push(id);
    return;
  }

  if (!meta || !container) {
    // Without the marker we cannot tell which question this answered, so it cannot become an
    // attempt; keep any audio aside rather than guess.
    if (partSize) {
      await setAside(paths);
      report.keptAside.push(paths.unplayable);
      deps.notices.add('recording_lost', 'warning', unattributedMessage(`${id}${PART_SUFFIX}.unplayable`));
    } else {
      await Promise.all([rm(paths.part, { force: true }), rm(paths.meta, { force: true })]);
      report.cleaned.push(id);
    }
    return;
  }

  const outcome = await finishedAudio(paths, partSize, container, deps.write);
  if (outcome === null) {
    // Stopped before the first chunk reached the disk: nothing was recorded, nothing is lost.
    await Promise.all([rm(paths.part, { force: true }), rm(paths.meta, { force: true })]);
    report.cleaned.push(id);
    return;
  }
  if (outcome.kind !== 'finished') {
    await setAside(paths, partSize === null ? paths.final : paths.part);
    report.keptAside.push(paths.unplayable);
    deps.notices.add('recording_lost', 'warning', lostMessage(new Date(meta.startedAt), `${id}${PART_SUFFIX}.unplayable`));
    return;
  }
  const attempt = await deps.attempts.create(attemptFor({ id, ...meta, ...outcome, createdAt: new Date(meta.startedAt), recovered: true }));
  await removeSource(paths);
  report.recovered.push(attempt);
  deps.notices.add('recording_recovered', 'info', recoveredMessage(outcome.durationMs, new Date(meta.startedAt)));
}

/**
 * The finished file for a leftover: made from the .part when there is one; otherwise the app
 * stopped after the file was put in place but before the attempt was saved, and the finished
 * file is only read for its duration. Null when nothing was ever recorded.
 */
async function finishedAudio(
  paths: RecordingPaths,
  partSize: number | null,
  container: NonNullable<ReturnType<typeof containerOf>>,
  write: WriteAt,
): Promise<FinalizeOutcome | null> {
  if (partSize !== null) return partSize === 0 ? null : finalizeRecording(paths, container, write);
  if (!(await exists(paths.final))) return null;
  const scan = await scanRecording(paths.final, container);
  if (scan.kind !== 'audio') return { kind: 'unplayable' };
  const { size } = await stat(paths.final);
  return { kind: 'finished', durationMs: scan.layout.durationMs, sizeBytes: size, seekable: true };
}
