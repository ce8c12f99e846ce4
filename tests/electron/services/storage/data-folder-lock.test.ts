import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  DataFolderInUseError,
  LOCK_FILE,
  lockDataFolder,
  processIsAlive,
  UNREADABLE_GRACE_MS,
  type LockDeps,
} from '#electron/services/storage/data-folder-lock.js';
import { processStartToken } from '#electron/services/storage/process-start.js';
import { useTempDirs } from '#tests/support/temp-dir.js';

const tempDir = useTempDirs();
const now = () => new Date('2026-11-27T10:00:00.000Z');
/** A process table where only the pids given are running, each started once (its token is its id). */
const world = (pid: number, running: number[]): LockDeps => ({
  pid,
  now,
  isAlive: (p) => running.includes(p),
  startToken: (p) => (running.includes(p) ? `run-${p}` : null),
});
const stamp = { since: '2026-11-27T10:00:00.000Z' };
const holderIn = (dir: string) => JSON.parse(fs.readFileSync(path.join(dir, LOCK_FILE), 'utf8')) as unknown;

describe('lockDataFolder', () => {
  it('claims a free folder (creating it), says who holds it, and gives it back on release', () => {
    const dir = path.join(tempDir(), 'new-folder');
    const lock = lockDataFolder(dir, 'Interview Studio', world(100, [100]));
    expect(holderIn(dir)).toMatchObject({ pid: 100, who: 'Interview Studio', ...stamp, started: 'run-100' });
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

  it('takes over a lock whose process died, one of its own process, and a damaged or empty lock file written long ago', () => {
    for (const [existing, pid] of [
      [JSON.stringify({ pid: 100, who: 'Interview Studio', since: 'x' }), 200], // 100 was killed
      [JSON.stringify({ pid: 200, who: 'Interview Studio', since: 'x' }), 200], // reopened in-process
      ['{"pid": 1', 200], // cut off mid-write
      ['', 200],
    ] as const) {
      const dir = tempDir();
      const file = path.join(dir, LOCK_FILE);
      fs.writeFileSync(file, existing);
      const longAgo = new Date(now().getTime() - UNREADABLE_GRACE_MS - 1000);
      fs.utimesSync(file, longAgo, longAgo);
      lockDataFolder(dir, 'the browser host', world(pid, [pid]));
      expect(holderIn(dir)).toMatchObject({ pid, who: 'the browser host', ...stamp });
    }
  });

  it('counts an empty or cut-off lock file as held while it is new: its writer may be mid-way', () => {
    for (const existing of ['', '{"pid": 1']) {
      const dir = tempDir();
      fs.writeFileSync(path.join(dir, LOCK_FILE), existing);
      const attempt = () => lockDataFolder(dir, 'the browser host', { ...world(200, [200]), now: () => new Date() });
      expect(attempt).toThrow(`${dir} is being opened by another program right now. Close it first, then try again.`);
      expect(fs.readFileSync(path.join(dir, LOCK_FILE), 'utf8')).toBe(existing);
    }
  });

  it('takes over a lock whose process id now belongs to a process started later (a reuse after a crash or reboot)', () => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, LOCK_FILE), JSON.stringify({ pid: 100, who: 'Interview Studio', since: 'x', started: 'run-before' }));
    lockDataFolder(dir, 'the browser host', world(200, [100, 200]));
    expect(holderIn(dir)).toMatchObject({ pid: 200 });
  });

  it('lets the desktop app, holding its single-instance lock, take over a lock the app itself left', () => {
    const dir = tempDir();
    lockDataFolder(dir, 'Interview Studio', world(100, [100, 200]));
    // Without a start time to compare (an old lock, or a system that will not say), the id alone decides…
    const blind = { ...world(200, [100, 200]), startToken: () => null };
    expect(() => lockDataFolder(dir, 'an import from the command line', { ...blind, singleInstance: true })).toThrow(DataFolderInUseError);
    // …but a second desktop app cannot be running: Electron's single-instance lock is ours.
    lockDataFolder(dir, 'Interview Studio', { ...blind, singleInstance: true });
    expect(holderIn(dir)).toMatchObject({ pid: 200, who: 'Interview Studio' });
  });

  it('release does not remove a lock someone else has taken over since', () => {
    const dir = tempDir();
    const first = lockDataFolder(dir, 'Interview Studio', world(100, [100]));
    // 100 is presumed dead by 200, which takes over; then 100's release runs after all.
    lockDataFolder(dir, 'an import from the command line', world(200, [200]));
    first.release();
    expect(holderIn(dir)).toMatchObject({ pid: 200 });
  });

  describe('with the real process table', () => {
    const children: ReturnType<typeof spawn>[] = [];
    afterEach(() => {
      for (const child of children.splice(0)) child.kill('SIGKILL');
    });

    it('starts beside a live process that has the recorded id but is not Interview Studio', async () => {
      // A program that is not ours, running under the id a crashed studio wrote into its lock.
      const other = spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)'], { stdio: 'ignore' });
      children.push(other);
      await new Promise((resolve) => other.once('spawn', resolve));
      const pid = other.pid!;
      expect(processIsAlive(pid)).toBe(true);
      const token = processStartToken(pid);
      expect(token, 'this system tells when a process started').not.toBeNull();

      const dir = tempDir();
      const left = { pid, who: 'Interview Studio', since: '2026-11-26T09:00:00.000Z', started: `${token}-an-earlier-run` };
      fs.writeFileSync(path.join(dir, LOCK_FILE), JSON.stringify(left));
      const lock = lockDataFolder(dir, 'the browser host');
      expect(holderIn(dir)).toMatchObject({ pid: process.pid, started: processStartToken(process.pid) });
      lock.release();

      // The same id and the same start time: that process really holds the folder.
      fs.writeFileSync(path.join(dir, LOCK_FILE), JSON.stringify({ ...left, started: token }));
      expect(() => lockDataFolder(dir, 'the browser host')).toThrow(`(process ${pid}, since 2026-11-26T09:00:00.000Z)`);
    });
  });

  it('processIsAlive tells a running process from a finished one', () => {
    expect(processIsAlive(process.pid)).toBe(true);
    expect(processIsAlive(2 ** 22 + 12345)).toBe(false); // above Linux's pid_max
  });
});
