import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  DataFolderInUseError,
  LOCK_FILE,
  lockDataFolder,
  processIsAlive,
  type LockDeps,
} from '#electron/services/storage/data-folder-lock.js';
import { useTempDirs } from '#tests/support/temp-dir.js';

const tempDir = useTempDirs();
const now = () => new Date('2026-11-27T10:00:00.000Z');
/** A process table where only the pids given are running. */
const world = (pid: number, running: number[]): LockDeps => ({ pid, now, isAlive: (p) => running.includes(p) });
const holderIn = (dir: string) => JSON.parse(fs.readFileSync(path.join(dir, LOCK_FILE), 'utf8')) as unknown;

describe('lockDataFolder', () => {
  it('claims a free folder (creating it), says who holds it, and gives it back on release', () => {
    const dir = path.join(tempDir(), 'new-folder');
    const lock = lockDataFolder(dir, 'Interview Studio', world(100, [100]));
    expect(holderIn(dir)).toEqual({ pid: 100, who: 'Interview Studio', since: '2026-11-27T10:00:00.000Z' });
    expect(fs.statSync(path.join(dir, LOCK_FILE)).mode & 0o777).toBe(0o600);
    lock.release();
    expect(fs.existsSync(path.join(dir, LOCK_FILE))).toBe(false);
  });

  it('refuses a folder another live process holds, naming it, and leaves its lock alone', () => {
    const dir = tempDir();
    lockDataFolder(dir, 'Interview Studio', world(100, [100, 200]));
    const attempt = () => lockDataFolder(dir, 'an import from the command line', world(200, [100, 200]));
    expect(attempt).toThrow(DataFolderInUseError);
    expect(attempt).toThrow(
      `${dir} is in use by Interview Studio (process 100, since 2026-11-27T10:00:00.000Z). Close it first, then try again.`,
    );
    expect(holderIn(dir)).toMatchObject({ pid: 100 });
  });

  it('takes over a lock whose process died, one of its own process, and a damaged or empty lock file', () => {
    for (const [existing, pid] of [
      [JSON.stringify({ pid: 100, who: 'Interview Studio', since: 'x' }), 200], // 100 was killed
      [JSON.stringify({ pid: 200, who: 'Interview Studio', since: 'x' }), 200], // reopened in-process
      ['{"pid": 1', 200], // cut off mid-write
      ['', 200],
    ] as const) {
      const dir = tempDir();
      fs.writeFileSync(path.join(dir, LOCK_FILE), existing);
      lockDataFolder(dir, 'the browser host', world(pid, [pid]));
      expect(holderIn(dir)).toEqual({ pid, who: 'the browser host', since: '2026-11-27T10:00:00.000Z' });
    }
  });

  it('release does not remove a lock someone else has taken over since', () => {
    const dir = tempDir();
    const first = lockDataFolder(dir, 'Interview Studio', world(100, [100]));
    // 100 is presumed dead by 200, which takes over; then 100's release runs after all.
    lockDataFolder(dir, 'an import from the command line', world(200, [200]));
    first.release();
    expect(holderIn(dir)).toMatchObject({ pid: 200 });
  });

  it('processIsAlive tells a running process from a finished one', () => {
    expect(processIsAlive(process.pid)).toBe(true);
    expect(processIsAlive(2 ** 22 + 12345)).toBe(false); // above Linux's pid_max
  });
});
