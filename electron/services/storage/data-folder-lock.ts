import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';

/** The file in the data folder that says which process has it open. */
export const LOCK_FILE = 'studio.lock';

const HolderSchema = z.object({ pid: z.number().int().positive(), who: z.string(), since: z.string() });
export type LockHolder = z.infer<typeof HolderSchema>;

/** The data folder is open in another live process: the message says which, and what to do. */
export class DataFolderInUseError extends Error {
  constructor(
    readonly holder: LockHolder,
    dataDir: string,
  ) {
    super(`${dataDir} is in use by ${holder.who} (process ${holder.pid}, since ${holder.since}). Close it first, then try again.`);
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

const systemDeps: LockDeps = { pid: process.pid, now: () => new Date(), isAlive: processIsAlive };

function readHolder(file: string): LockHolder | null {
  try {
    const parsed = HolderSchema.safeParse(JSON.parse(fs.readFileSync(file, 'utf8')));
    return parsed.success ? parsed.data : null;
  } catch {
    return null; // gone, or half-written by a process that was killed: nobody holds it
  }
}

/**
 * Claims the data folder for one process. The app (or the browser host) holds it while open,
 * and an import from the command line holds it while it runs, because each keeps the answers
 * and settings in memory and rewrites its files from there: two at once would each drop the
 * other's changes. A lock left by a process that has since died (a crash, SIGKILL) is taken
 * over; so is one of this same process (a studio reopened in-process). Released on exit.
 */
export function lockDataFolder(dataDir: string, who: string, deps: LockDeps = systemDeps): DataFolderLock {
  fs.mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  const file = path.join(dataDir, LOCK_FILE);
  const mine: LockHolder = { pid: deps.pid, who, since: deps.now().toISOString() };
  const body = `${JSON.stringify(mine)}\n`;
  try {
    fs.writeFileSync(file, body, { flag: 'wx', mode: 0o600 });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    const holder = readHolder(file);
    if (holder && holder.pid !== deps.pid && deps.isAlive(holder.pid)) throw new DataFolderInUseError(holder, dataDir);
    fs.writeFileSync(file, body, { mode: 0o600 });
  }
  const release = () => {
    if (readHolder(file)?.pid === deps.pid) fs.rmSync(file, { force: true });
    process.off('exit', release);
  };
  process.on('exit', release);
  return { release };
}
