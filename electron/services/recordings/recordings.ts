import { randomUUID } from 'node:crypto';
import { chmod, mkdir, rm } from 'node:fs/promises';
import { StudioError } from '#shared/contract/errors.js';
import type { Attempt } from '#shared/schemas/attempt.js';
import { isOpaqueId } from '#shared/schemas/ids.js';
import { BeginRecordingSchema, MAX_CHUNK_BYTES, type FinishRecording } from '#shared/schemas/recordings.js';
import type { WaveformPeaks } from '#shared/schemas/waveform.js';
import { fitWaveform } from '#shared/analysis/waveform-peaks.js';
import type { AttemptsPort } from '#electron/services/attempts/attempts-port.js';
import type { Clock } from '#electron/services/storage/clock.js';
import { folderKind } from '#electron/services/storage/plain-files.js';
import type { NoticesService } from '#electron/services/storage/notices.js';
import { attemptFor } from './attempt-for.js';
import { CONTAINERS, containerOf, type Container } from './containers/containers.js';
import {
  appendChunkDurably,
  createFileDurably,
  syncDir,
  writeAt as defaultWriteAt,
  type WriteAt,
} from '#electron/services/storage/durable-files.js';
import { finalizeRecording, removeSource, type FinalizeOutcome } from './finalize.js';
import { isMissing, toStudioError } from './recording-errors.js';
import { writeMeta } from './meta.js';
import { RECORDINGS_DIR_MODE, recordingPaths, recordingsDir, waveformPath, type RecordingPaths } from './paths.js';
import { recoverLeftovers, setAside, type RecoveryReport } from './recover.js';
import { resolveRecordingFile, type ResolvedRecording } from './resolve-file.js';
import { createSerialQueue } from '#electron/services/storage/serial-queue.js';
import { createSourceTidy, TIDY_TIMING, type TidyTiming } from './source-tidy.js';
import { readWaveformFile, writeWaveformFile } from './waveform-file.js';
import { WebmScanner } from './containers/webm-scanner.js';
import { SeekableWebmWriter } from './seekable-webm-writer.js';

export type RecordingsDeps = {
  dataDir: string;
  clock: Clock;
  attempts: AttemptsPort;
  notices: Pick<NoticesService, 'add'>;
  /** Every write of recording data goes through this; tests make it fail like a full disk. */
  writeAt?: WriteAt;
  /**
   * Removes a finished recording's `.part` and marker, after its attempt exists; tests hold it
   * back to see what the app leaves if it stops before then.
   */
  removeSource?: (paths: RecordingPaths) => Promise<void>;
  /** When that removal runs (source-tidy.ts); tests set it to see the delay. */
  tidyTiming?: TidyTiming;
};

/** A recording between `begin` and `finish`/`discard`, in this session. */
type Active = {
  id: string;
  questionId: string;
  mimeType: string;
  container: Container;
  paths: RecordingPaths;
  nextSeq: number;
  bytesReceived: number;
  /**
   * A webm's layout, read from each chunk once it is on the disk, so that finish does not read
   * the whole file again (40–160 ms for a 5-minute answer). Null for other containers.
   */
  scanner: WebmScanner | null;
  /** A webm's seekable copy, built as its chunks arrive, so that finish does not copy the whole file. */
  seekable: SeekableWebmWriter | null;
  /** Set as soon as finish or discard is asked for: later chunks are refused. */
  closing: boolean;
  /** Set once the file is in place, so a finish that failed to save the attempt can be retried. */
  finished?: Extract<FinalizeOutcome, { kind: 'finished' }>;
};

const notFound = () => new StudioError('not_found', 'That recording is not in progress.');

/**
 * The main-process side of recording an answer: chunks arrive in order and are appended
 * durably to `<id>.part`; finish makes the file seekable and creates the attempt; recovery
 * at start-up rescues what a crash left behind. Plain Node: no Electron, so it runs under
 * Vitest on real temporary folders.
 */
export function createRecordings(deps: RecordingsDeps) {
  const dir = recordingsDir(deps.dataDir);
  const write = deps.writeAt ?? defaultWriteAt;
  const active = new Map<string, Active>();
  const enqueue = createSerialQueue();
  const tidy = createSourceTidy({ enqueue, removeSource: deps.removeSource ?? removeSource, timing: deps.tidyTiming ?? TIDY_TIMING });

  async function ensureDir(): Promise<void> {
    // A link put in the folder's place since start-up (which sets one aside) is not followed:
    // the chmod below would change the mode of whatever it points to.
    if ((await folderKind(dir)) === 'link') {
      throw new StudioError(
        'io_error',
        `The recordings folder ${dir} is a link to another folder; the app records only into a folder of its own. Restart the app to set the link aside.`,
      );
    }
    await mkdir(dir, { recursive: true, mode: RECORDINGS_DIR_MODE });
    // mkdir leaves an existing folder's mode alone; recordings are private whatever it was.
    await chmod(dir, RECORDINGS_DIR_MODE);
  }

  /** The recording a request names, or not_found for unknown, finished and path-like ids alike. */
  function openRecording(recordingId: unknown): Active {
    const recording = isOpaqueId(recordingId) ? active.get(recordingId) : undefined;
    if (!recording || recording.closing) throw notFound();
    return recording;
  }

  async function removeFiles(paths: RecordingPaths, seekable: SeekableWebmWriter | null): Promise<void> {
    await seekable?.giveUp();
    await Promise.all([paths.part, paths.meta, paths.temp, paths.final, paths.waveform].map((p) => rm(p, { force: true })));
  }

  async function begin(request: { questionId: string; mimeType: string }): Promise<{ recordingId: string }> {
    const parsed = BeginRecordingSchema.safeParse(request);
    const container = parsed.success ? containerOf(parsed.data.mimeType) : null;
    if (!parsed.success || !container) throw new StudioError('invalid_request', 'Cannot record that kind of audio.');
    const id = randomUUID();
    const paths = recordingPaths(dir, id, container);
    try {
      await ensureDir();
      // The marker first: if the app dies from here on, the next launch knows what this was.
      await writeMeta(paths.meta, { ...parsed.data, startedAt: deps.clock().toISOString() }, write);
      await createFileDurably(paths.part, new Uint8Array(0), write);
      await syncDir(dir);
    } catch (error) {
      await Promise.all([rm(paths.meta, { force: true }), rm(paths.part, { force: true })]);
      throw toStudioError(error, 'start recording');
    }
    const scanner = container === 'webm' ? new WebmScanner() : null;
    const seekable = container === 'webm' ? new SeekableWebmWriter(paths.part, paths.temp, write) : null;
    active.set(id, { id, ...parsed.data, container, paths, nextSeq: 0, bytesReceived: 0, scanner, seekable, closing: false });
    return { recordingId: id };
  }

  async function append(request: { recordingId: string; seq: number; bytes: Uint8Array }): Promise<{ bytesReceived: number }> {
    const { recordingId, seq, bytes } = request;
    const recording = openRecording(recordingId);
    if (!Number.isSafeInteger(seq) || seq < 0 || !(bytes instanceof Uint8Array)) {
      throw new StudioError('invalid_request', 'A recording chunk needs a sequence number and bytes.');
    }
    if (bytes.byteLength > MAX_CHUNK_BYTES) {
      throw new StudioError('chunk_too_large', `A recording chunk may hold at most ${MAX_CHUNK_BYTES} bytes.`);
    }
    // The seq is checked in turn: chunks queued before this one decide which seq is next.
    // Chunks queued before a finish or discard still land; that call runs after them.
    return enqueue(recordingId, async () => {
      if (active.get(recordingId) !== recording) throw notFound();
      if (seq < recording.nextSeq) {
        throw new StudioError('recording_duplicate', `Chunk ${seq} of this recording was already saved.`);
      }
      if (seq > recording.nextSeq) {
        throw new StudioError('recording_gap', `Chunk ${recording.nextSeq} of this recording is missing; got ${seq}.`);
      }
      try {
        await appendChunkDurably(recording.paths.part, bytes, recording.bytesReceived, write);
      } catch (error) {
        throw toStudioError(error, 'save the recording');
      }
      recording.nextSeq += 1;
      recording.bytesReceived += bytes.byteLength;
      recording.scanner?.push(bytes); // only bytes that reached the disk
      if (recording.scanner) await recording.seekable?.follow(recording.scanner, bytes, recording.bytesReceived - bytes.byteLength);
      return { bytesReceived: recording.bytesReceived };
    });
  }

  async function finish(request: FinishRecording): Promise<Attempt> {
    const recording = openRecording(request.recordingId);
    recording.closing = true;
    return enqueue(recording.id, async () => {
      try {
        recording.finished ??= await finalizeOrRefuse(recording);
        if (request.waveform) await saveWaveform(recording.paths, fitWaveform(request.waveform, recording.finished.durationMs));
        const attempt = await deps.attempts.create(
          attemptFor({ ...recording, ...recording.finished, createdAt: deps.clock(), recovered: false }),
        );
        // The finished file and the attempt are durable: answer now, and tidy up after.
        active.delete(recording.id);
        removeSourceAfter(recording);
        return attempt;
      } catch (error) {
        if (active.has(recording.id)) recording.closing = false; // let the user try again, or discard
        throw toStudioError(error, 'save the recording');
      }
    });
  }

  /**
   * Once the attempt exists, the `.part` and the in-progress marker have done their job. Their
   * removal is not awaited in the finish, and for a long take it waits a little (source-tidy.ts), so
   * neither the answer nor the page's first reads of the take wait for the file system to free a
   * long `.part` (about 20 ms for 30 minutes). `settle` (on quit) and a delete run it at once. If it
   * fails, or the app stops first, start-up recovery finds the attempt and only tidies up.
   */
  function removeSourceAfter(recording: Active): void {
    tidy.schedule(recording.id, recording.paths, recording.bytesReceived);
  }

  async function finalizeOrRefuse(recording: Active): Promise<Extract<FinalizeOutcome, { kind: 'finished' }>> {
    const scanned = recording.scanner
      ? { scanner: recording.scanner, bytes: recording.bytesReceived, seekable: recording.seekable }
      : undefined;
    const outcome = await finalizeRecording(recording.paths, recording.container, write, scanned);
    if (outcome.kind === 'finished') return outcome;
    active.delete(recording.id);
    if (outcome.kind === 'empty') {
      await removeFiles(recording.paths, recording.seekable);
      throw new StudioError('recording_empty', 'Nothing was recorded: no audio reached the app.');
    }
    // Bytes arrived but are not audio we can read: never delete them silently.
    await setAside(recording.paths);
    throw new StudioError(
      'recording_empty',
      'The recording holds no audio that can be played. Its data was kept aside in the recordings folder.',
    );
  }

  /** Best effort: without the file the player decodes the audio, so no failure here stops a finish. */
  async function saveWaveform(paths: RecordingPaths, peaks: WaveformPeaks | null): Promise<void> {
    if (!peaks) return;
    await writeWaveformFile(paths.waveform, peaks, write).catch(() => rm(paths.waveform, { force: true }).catch(() => undefined));
  }

  async function discard(request: { recordingId: string }): Promise<{ discarded: boolean }> {
    const recording = isOpaqueId(request.recordingId) ? active.get(request.recordingId) : undefined;
    if (!recording) return { discarded: false };
    recording.closing = true;
    return enqueue(recording.id, async () => {
      if (active.get(recording.id) !== recording) return { discarded: false }; // a finish got there first
      active.delete(recording.id);
      await removeFiles(recording.paths, recording.seekable);
      return { discarded: true };
    });
  }

  /**
   * A page has just started (a reload, View → Reload, a new window): whatever it is, it is feeding
   * no recording yet, so a recording still open here was left by a page that is gone. Each one is
   * finished now as a recovered take, as start-up recovery would at the next launch, rather than
   * waiting for it. (In the browser host a second tab opened during a recording finishes that
   * recording too: it is saved, and the first tab is told the recording is no longer in progress.)
   */
  async function finishAbandoned(): Promise<{ recovered: Attempt[]; lost: number }> {
    const recovered: Attempt[] = [];
    let lost = 0;
    for (const recording of [...active.values()]) {
      if (recording.closing) continue; // a finish or discard already asked for decides
      recording.closing = true;
      await enqueue(recording.id, async () => {
        try {
          recording.finished ??= await finalizeOrRefuse(recording);
          recovered.push(
            await deps.attempts.create(attemptFor({ ...recording, ...recording.finished, createdAt: deps.clock(), recovered: true })),
          );
          active.delete(recording.id);
          removeSourceAfter(recording);
        } catch {
          // Nothing audible (removed, or kept aside by finalizeOrRefuse), or the attempt could not be
          // saved: the files stay for start-up recovery, and the recording is no longer fed.
          if (active.get(recording.id) === recording) active.delete(recording.id);
          lost++;
        }
      });
    }
    return { recovered, lost };
  }

  /** Deletes a finished recording's audio (the attempt's review is kept by the attempts store). */
  async function removeFinished(id: string): Promise<boolean> {
    if (!isOpaqueId(id) || active.has(id)) return false;
    // A take still waiting to be tidied has its `.part` and marker: were they left, a crash would
    // bring the deleted take back at the next start. They go first, before the finished file.
    await tidy.now(id).catch((error: unknown) => {
      throw toStudioError(error, 'delete the recording');
    });
    let removed = false;
    for (const container of CONTAINERS) {
      const { final } = recordingPaths(dir, id, container);
      try {
        await rm(final);
        removed = true;
      } catch (error) {
        if (!isMissing(error)) throw toStudioError(error, 'delete the recording');
      }
    }
    // The picture of the audio goes with it.
    await rm(waveformPath(dir, id), { force: true }).catch((error: unknown) => {
      throw toStudioError(error, 'delete the recording');
    });
    return removed;
  }

  /** The peaks saved with a finished recording; null for an unknown id or one recorded without them. */
  async function waveformOf(id: string): Promise<{ peaks: WaveformPeaks | null }> {
    if (!isOpaqueId(id) || active.has(id)) return { peaks: null };
    return { peaks: await readWaveformFile(waveformPath(dir, id)) };
  }

  return {
    begin,
    append,
    finish,
    discard,
    finishAbandoned,
    removeFinished,
    waveformOf,
    /** Run once at start-up, before the first `begin`. */
    recoverLeftovers: async (): Promise<RecoveryReport> => {
      await ensureDir();
      return recoverLeftovers({ dir, attempts: deps.attempts, notices: deps.notices, write, isActive: (id) => active.has(id) });
    },
    resolveFile: (id: string): Promise<ResolvedRecording | null> => resolveRecordingFile(dir, id),
    /**
     * Waits until every chunk, finish and discard already asked for has reached the disk, and runs
     * every tidy still waiting at once: the app calls it on quit, before the journal closes, so a
     * finish in flight still saves its attempt and a normal quit leaves no `.part` behind.
     */
    settle: async (): Promise<void> => {
      await enqueue.idle();
      do {
        await tidy.all();
        await enqueue.idle(); // a finish that arrived meanwhile has scheduled its own
      } while (tidy.waiting() > 0);
    },
  };
}

export type RecordingsService = ReturnType<typeof createRecordings>;
