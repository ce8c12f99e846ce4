import fs from 'node:fs';
import fsp from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { AttemptSchema, type Attempt } from '../../../shared/schemas/attempt.js';
import { OpaqueIdSchema } from '../../../shared/schemas/ids.js';
import { toStudioIoError } from '../io-errors.js';

/**
 * Attempts live in an append-only journal of JSON lines, one per change, rather than in
 * electron-store (which rewrites its whole file on every change) or one file per attempt
 * (10,000 opens at start-up). A review save is one small append + fdatasync, whatever the
 * history's size; start-up is one read and a parse per line. When superseded lines pile up
 * the journal is compacted into a fresh file that replaces it by an atomic rename.
 */
export const JournalEntrySchema = z.discriminatedUnion('op', [
  z.object({ op: z.literal('put'), attempt: AttemptSchema }),
  z.object({ op: z.literal('delete'), id: OpaqueIdSchema }),
]);
export type JournalEntry = z.infer<typeof JournalEntrySchema>;

export interface LoadedJournal {
  attempts: Map<string, Attempt>;
  lineCount: number;
  /** Delete lines read: the deleted answers' words are still in the lines above them until a rewrite. */
  deleteLines: number;
  /** Lines that could not be read; their bytes were kept aside in `asidePath`. */
  damagedLines: number;
  asidePath: string | null;
}

export async function loadJournal(file: string, stamp: string): Promise<LoadedJournal> {
  let text: string;
  try {
    text = await fsp.readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
      return { attempts: new Map(), lineCount: 0, deleteLines: 0, damagedLines: 0, asidePath: null };
    }
    throw toStudioIoError(error, 'read your practice history');
  }

  const attempts = new Map<string, Attempt>();
  let lineCount = 0;
  let deleteLines = 0;
  let damagedLines = 0;
  for (const line of text.split('\n')) {
    if (line.trim() === '') continue;
    lineCount++;
    const entry = parseLine(line);
    if (!entry) {
      damagedLines++;
      continue;
    }
    if (entry.op === 'put') attempts.set(entry.attempt.id, entry.attempt);
    else {
      attempts.delete(entry.id);
      deleteLines++;
    }
  }

  let asidePath: string | null = null;
  if (damagedLines > 0) {
    // Keep the original bytes before anything rewrites the journal: nothing is dropped silently.
    asidePath = `${file}.damaged-${stamp}`;
    await fsp.copyFile(file, asidePath);
  }
  return { attempts, lineCount, deleteLines, damagedLines, asidePath };
}

function parseLine(line: string): JournalEntry | null {
  try {
    const parsed = JournalEntrySchema.safeParse(JSON.parse(line));
    return parsed.success ? parsed.data : null;
  } catch {
    return null; // a torn last line after a crash, or damage on disk
  }
}

/** An open journal: appends are serialized so lines never interleave. */
export class JournalWriter {
  private queue: Promise<unknown> = Promise.resolve();
  private handle: fsp.FileHandle | null = null;

  constructor(private readonly file: string) {}

  append(entry: JournalEntry): Promise<void> {
    const run = this.queue.then(() => this.write(`${JSON.stringify(entry)}\n`));
    this.queue = run.catch(() => undefined);
    return run;
  }

  private async write(line: string): Promise<void> {
    try {
      this.handle ??= await openForAppend(this.file);
      await this.handle.appendFile(line, 'utf8');
      await this.handle.datasync();
    } catch (error) {
      // A failed append may have left a partial line; the next load skips it (and keeps it aside).
      await this.close();
      throw toStudioIoError(error, 'save your practice history');
    }
  }

  /** Replaces the journal with one line per live attempt (temp file, fsync, rename, fsync dir). */
  compact(attempts: Iterable<Attempt>): Promise<void> {
    const run = this.queue.then(async () => {
      await this.close();
      const temp = `${this.file}.compact-tmp`;
      const lines: string[] = [];
      for (const attempt of attempts) lines.push(JSON.stringify({ op: 'put', attempt }));
      const handle = await fsp.open(temp, 'w', 0o600);
      try {
        await handle.writeFile(lines.length ? `${lines.join('\n')}\n` : '', 'utf8');
        await handle.sync();
      } finally {
        await handle.close();
      }
      await fsp.rename(temp, this.file);
      syncDir(path.dirname(this.file));
    });
    this.queue = run.catch(() => undefined);
    return run;
  }

  async close(): Promise<void> {
    const handle = this.handle;
    this.handle = null;
    await handle?.close().catch(() => undefined);
  }
}

async function openForAppend(file: string): Promise<fsp.FileHandle> {
  await fsp.mkdir(path.dirname(file), { recursive: true, mode: 0o700 });
  return fsp.open(file, 'a', 0o600);
}

function syncDir(dir: string): void {
  try {
    const fd = fs.openSync(dir, 'r');
    try {
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
  } catch {
    // Some platforms (Windows) cannot fsync a directory; the rename itself is still atomic.
  }
}
