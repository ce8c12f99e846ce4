import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { processStartToken } from './process-start.js';

/** The file in the data folder that says which process has it open. */
export const LOCK_FILE = 'studio.lock';
/** Held for a moment by whoever removes a stale lock, so two cannot each remove the other's fresh one. */
const BREAK_FILE = `${LOCK_FILE}.break`;
/**
 * A lock file that cannot be read (empty, cut short: written by an older version, or damaged)
 * counts as held for this long after it was last written, since its writer may be mid-way.
 */
export const UNREADABLE_GRACE_MS = 10_000;
const ATTEMPTS = 200;

const HolderSchema = z.object({
  pid: z.number().int().positive(),
  who: z.string(),
  since: z.string(),
  /** processStartToken(pid) when the lock was taken: a later process with the same id is another one. */
  started: z.string().optional(),
  /** This claim's own id, so a release removes its own lock only. */
  claim: z.string().optional(),
});
export type LockHolder = z.infer<typeof HolderSchema>;

/** The data folder is open in another live process: the message says which, and what to do. */
export class DataFolderInUseError extends Error {
  constructor(
    readonly holder: LockHolder | null,
    dataDir: string,
  ) {
    super(
      holder
        ? `${dataDir} is in use by ${holder.who} (process ${holder.pid}, since ${holder.since}). Close it first, then try again.`
        : `${dataDir} is being opened by another program right now. Close it first, then try again.`,
    );
    this.name = 'DataFolderInUseError';
  }
}

export interface DataFolderLock {
  release(): void;
}

export interface LockDeps {
  pid: number;
  now: () => Date;
  /** Whether a process with this id is running (signal 0 asks without sending anything). */
  isAlive: (pid: number) => boolean;
  /** What tells this run of a process from another with the same id (see process-start.ts); null: cannot tell. */
  startToken?: (pid: number) => string | null;
  /**
   * The caller holds a lock that admits one instance of it only (the desktop app's single-instance
   * lock), so a lock left by the same `who` is its own, left by a crash: it may take it over.
   */
  singleInstance?: boolean;
}

export const processIsAlive = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists but belongs to someone else — still alive.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
};

const systemDeps: Required<Omit<LockDeps, 'singleInstance'>> = {
  pid: process.pid,
  now: () => new Date(),
  isAlive: processIsAlive,
  startToken: processStartToken,
};

type Seen =
  | { kind: 'gone' }
  | { kind: 'held'; holder: LockHolder | null }
  | { kind: 'stale'; bytes: Buffer; ino: number }
  /** A folder (or anything but a file) named studio.lock: no process made it, so it is set aside. */
  | { kind: 'not-a-file' };

/**
 * Claims the data folder for one process. The app (or the browser host) holds it while open,
 * and an import from the command line holds it while it runs, because each keeps the answers
 * and settings in memory and rewrites its files from there: two at once would each drop the
 * other's changes. Released on exit.
 *
 * Taken atomically: the claim is written whole to a file of its own first, then hard-linked to
 * the lock's name, which fails if any lock is there, so a reader never sees a half-written lock
 * and of many racing processes exactly one links. A lock whose process is gone (a crash, SIGKILL,
 * a reboot: the id may since belong to another program) is removed by one process at a time,
 * under a second short-lived lock, and the race to link starts again.
 */
export function lockDataFolder(dataDir: string, who: string, options: Partial<LockDeps> = {}): DataFolderLock {
  const deps = { ...systemDeps, ...options };
  fs.mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  const file = path.join(dataDir, LOCK_FILE);
  const started = deps.startToken(deps.pid);
  const mine: LockHolder = { pid: deps.pid, who, since: deps.now().toISOString(), ...(started ? { started } : {}), claim: randomUUID() };
  const temp = `${file}.${mine.claim}.tmp`;
  fs.writeFileSync(temp, `${JSON.stringify(mine)}\n`, { flag: 'wx', mode: 0o600 });
  try {
    for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
      if (tryLink(temp, file)) {
        const holder = readHolder(file);
        // Re-read to confirm: only a process that judged this very claim stale could have replaced it.
        if (holder?.claim !== mine.claim) throw new DataFolderInUseError(holder, dataDir);
        return holdUntilReleased(file, mine.claim!);
      }
      const seen = inspect(file, deps, who);
      if (seen.kind === 'held') throw new DataFolderInUseError(seen.holder, dataDir);
      if (seen.kind === 'stale') removeIfUnchanged(dataDir, file, seen, deps.now);
      if (seen.kind === 'not-a-file') setAside(file, deps.now);
    }
    throw new DataFolderInUseError(readHolder(file), dataDir);
  } finally {
    fs.rmSync(temp, { force: true });
  }
}

function holdUntilReleased(file: string, claim: string): DataFolderLock {
  const release = () => {
    if (readHolder(file)?.claim === claim) fs.rmSync(file, { force: true });
    process.off('exit', release);
  };
  process.on('exit', release);
  return { release };
}

function tryLink(from: string, to: string): boolean {
  try {
    fs.linkSync(from, to);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  }
}

function readHolder(file: string): LockHolder | null {
  try {
    return parseHolder(fs.readFileSync(file));
  } catch {
    return null;
  }
}

function parseHolder(bytes: Buffer): LockHolder | null {
  try {
    const parsed = HolderSchema.safeParse(JSON.parse(bytes.toString('utf8')));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** Who holds the lock now, judged from one read of one file (its bytes and inode together). */
function inspect(file: string, deps: typeof systemDeps & Partial<LockDeps>, who: string): Seen {
  let fd: number;
  try {
    fd = fs.openSync(file, 'r');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return { kind: 'gone' };
    if (code === 'EISDIR') return { kind: 'not-a-file' };
    if (code === 'EACCES' || code === 'EPERM') {
      throw new Error(
        `Interview Studio is not allowed to read ${file}, so it cannot tell whether another copy of the app has the folder open. ` +
          'If none is open, delete that file, then start the app again.',
      );
    }
    throw error;
  }
  try {
    const info = fs.fstatSync(fd);
    if (!info.isFile()) return { kind: 'not-a-file' };
    const bytes = fs.readFileSync(fd);
    const holder = parseHolder(bytes);
    const stale = holder ? !holderIsLive(holder, deps, who) : deps.now().getTime() - info.mtimeMs > UNREADABLE_GRACE_MS;
    return stale ? { kind: 'stale', bytes, ino: info.ino } : { kind: 'held', holder };
  } finally {
    fs.closeSync(fd);
  }
}

function holderIsLive(holder: LockHolder, deps: typeof systemDeps & Partial<LockDeps>, who: string): boolean {
  if (deps.singleInstance && holder.who === who) return false; // our own, left by a crash
  if (!deps.isAlive(holder.pid)) return false;
  const now = deps.startToken(holder.pid);
  // The same id, started at another time: the holder is gone and its id was given to another program.
  if (holder.started && now && holder.started !== now) return false;
  // This very process (a studio reopened in-process) holds it: take it over.
  return holder.pid !== deps.pid;
}

/** Removes a stale lock, unless it changed since it was judged stale; one remover at a time. */
function removeIfUnchanged(dataDir: string, file: string, seen: Extract<Seen, { kind: 'stale' }>, now: () => Date): void {
  const breakFile = path.join(dataDir, BREAK_FILE);
  try {
    fs.writeFileSync(breakFile, '', { flag: 'wx', mode: 0o600 });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    // A remover that died mid-way leaves its break file: it is only ever held for a moment.
    const age = now().getTime() - (fs.statSync(breakFile, { throwIfNoEntry: false })?.mtimeMs ?? Infinity);
    if (age > UNREADABLE_GRACE_MS) fs.rmSync(breakFile, { force: true });
    else pause(2);
    return;
  }
  try {
    const current = (() => {
      try {
        const fd = fs.openSync(file, 'r');
        try {
          return { ino: fs.fstatSync(fd).ino, bytes: fs.readFileSync(fd) };
        } finally {
          fs.closeSync(fd);
        }
      } catch {
        return null;
      }
    })();
    if (current && current.ino === seen.ino && current.bytes.equals(seen.bytes)) fs.rmSync(file, { force: true });
  } finally {
    fs.rmSync(breakFile, { force: true });
  }
}

/** Moves a folder named studio.lock out of the way, keeping it; a racer that moved it first leaves nothing to move. */
function setAside(file: string, now: () => Date): void {
  const aside = `${file}.not-a-file-${now().toISOString().replace(/[:.]/g, '-')}-${process.pid}`;
  try {
    fs.renameSync(file, aside);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
    throw new Error(
      `${file} is not a file, and Interview Studio could not move it out of the way (${(error as NodeJS.ErrnoException).code}). ` +
        'Move or delete it yourself, then start the app again.',
    );
  }
}

/** Start-up only, and only while another process holds the break file for a moment. */
function pause(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}
