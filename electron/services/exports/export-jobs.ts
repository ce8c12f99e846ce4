import { randomUUID } from 'node:crypto';
import { mkdir, readdir, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { StudioError } from '#shared/contract/errors.js';
import type { ExportScope } from '#shared/schemas/archive.js';
import { EXPORT_FILE_PATTERN, type ExportJobStatus } from '#shared/schemas/exports.js';
import type { Clock } from '#electron/services/storage/clock.js';
import { isMissing, toStudioIoError } from '#electron/services/storage/io-errors.js';
import type { ExportContentsDeps } from './export-contents.js';
import { runExport } from './export-run.js';

export const exportsDir = (dataDir: string): string => join(dataDir, 'exports');

export interface ExportJobsDeps extends ExportContentsDeps {
  dataDir: string;
  clock: Clock;
  /** The URL the renderer downloads a finished archive from; it depends on the front door. */
  downloadUrlFor(fileName: string): string;
}

type Job = { status: ExportJobStatus; abort: AbortController; settled: Promise<void> };

const pad = (n: number) => String(n).padStart(2, '0');
/** `interview-studio-20261127-100000.zip`, in the user's local time: the name they will see. */
export function exportFileName(at: Date, attempt = 1): string {
  const stamp = `${at.getFullYear()}${pad(at.getMonth() + 1)}${pad(at.getDate())}-${pad(at.getHours())}${pad(at.getMinutes())}${pad(at.getSeconds())}`;
  return `interview-studio-${stamp}${attempt > 1 ? `-${attempt}` : ''}.zip`;
}

/**
 * Exports run as jobs in main so a long one can show progress and be cancelled: `start`
 * answers at once with a job id, `status` is polled, `cancel` aborts and leaves no partial
 * file. One export runs at a time; finished jobs are remembered for this session.
 */
export function createExportJobs(deps: ExportJobsDeps) {
  const dir = exportsDir(deps.dataDir);
  const jobs = new Map<string, Job>();
  const running = () => [...jobs.values()].find((j) => j.status.state === 'running');

  async function freeName(at: Date): Promise<string> {
    const taken = new Set(await readdir(dir).catch(() => [] as string[]));
    for (const job of jobs.values()) taken.add(job.status.fileName);
    for (let attempt = 1; attempt < 1000; attempt++) {
      const name = exportFileName(at, attempt);
      if (!taken.has(name) && !taken.has(`${name}.part`)) return name;
    }
    throw new StudioError('conflict', 'Too many exports were made this second; wait a moment and try again.');
  }

  function require(jobId: string): Job {
    const job = jobs.get(jobId);
    if (!job) throw new StudioError('not_found', 'That export is not known (it may be from before the app restarted).');
    return job;
  }

  async function start(scope: ExportScope): Promise<{ jobId: string; fileName: string }> {
    if (running()) throw new StudioError('conflict', 'An export is already running. Wait for it to finish or cancel it.');
    const exportedAt = deps.clock();
    try {
      await mkdir(dir, { recursive: true, mode: 0o700 });
    } catch (error) {
      throw toStudioIoError(error, 'make the exports folder');
    }
    const fileName = await freeName(exportedAt);
    const jobId = randomUUID();
    const abort = new AbortController();
    const status: ExportJobStatus = {
      jobId,
      state: 'running',
      doneBytes: 0,
      totalBytes: 0,
      fileName,
      attemptCount: 0,
      recordingCount: 0,
      downloadUrl: null,
      error: null,
    };
    const settled = runExport(deps, scope, join(dir, fileName), {
      exportedAt,
      signal: abort.signal,
      onProgress: (done, total) => Object.assign(status, { doneBytes: done, totalBytes: total }),
      // While totalBytes is still 0, the counts say how far the gathering has come (the final ones replace them).
      onGathering: (attempts, recordings) => Object.assign(status, { attemptCount: attempts, recordingCount: recordings }),
    }).then(
      ({ manifest }) => {
        Object.assign(status, {
          state: 'done',
          doneBytes: status.totalBytes,
          downloadUrl: deps.downloadUrlFor(fileName),
          attemptCount: manifest.counts.attempts,
          recordingCount: manifest.counts.recordings,
        });
      },
      (error: unknown) => {
        if (abort.signal.aborted) return void (status.state = 'cancelled');
        status.state = 'failed';
        status.error = toStudioIoError(error, 'write the export').toShape();
      },
    );
    jobs.set(jobId, { status, abort, settled });
    return { jobId, fileName };
  }

  async function cancel(jobId: string): Promise<{ cancelled: boolean }> {
    const job = require(jobId);
    if (job.status.state !== 'running') return { cancelled: false };
    job.abort.abort();
    await job.settled; // the partial file is gone when this answers
    return { cancelled: true };
  }

  /** Removes finished archives (never one being written) and says how much space came back. */
  async function clear(): Promise<{ removed: number; freedBytes: number }> {
    let removed = 0;
    let freedBytes = 0;
    const names = await readdir(dir).catch((error: unknown) =>
      isMissing(error) ? [] : Promise.reject(toStudioIoError(error, 'list your exports')),
    );
    for (const name of names) {
      if (!EXPORT_FILE_PATTERN.test(name)) continue;
      const file = join(dir, name);
      const info = await stat(file).catch(() => null);
      if (!info?.isFile()) continue;
      await rm(file, { force: true });
      removed++;
      freedBytes += info.size;
    }
    for (const job of jobs.values()) if (job.status.state === 'done') Object.assign(job.status, { downloadUrl: null });
    return { removed, freedBytes };
  }

  return {
    start,
    status: (jobId: string): ExportJobStatus => ({ ...require(jobId).status }),
    cancel,
    clear,
    /** Cancels whatever runs (before erasing everything) and waits until it has stopped. */
    async cancelAll(): Promise<void> {
      for (const job of jobs.values()) if (job.status.state === 'running') job.abort.abort();
      await Promise.all([...jobs.values()].map((j) => j.settled));
    },
  };
}
export type ExportJobs = ReturnType<typeof createExportJobs>;
