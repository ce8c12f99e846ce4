import fs from 'node:fs';
import path from 'node:path';
import type { Clock } from './clock.js';

export type StoreCheck = { status: 'ok' | 'missing' } | { status: 'restored' | 'reset'; asidePath: string; reason: string };

/**
 * Runs before the settings store opens. A store that does not parse, or that its validator
 * refuses, is never wiped silently (conf would throw, or with clearInvalidConfig drop it):
 * its bytes are copied aside, the last good copy is put back where there is one, and the
 * caller tells the user. A good store is copied to `<file>.last-good` for next time.
 */
export function guardStoreFile(options: { file: string; isValid: (data: unknown) => boolean; clock: Clock }): StoreCheck {
  const { file, isValid, clock } = options;
  const lastGood = `${file}.last-good`;
  const stamp = clock().toISOString().replace(/[:.]/g, '-');
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return { status: 'missing' };
    // A folder in the file's place, or a file the app may not read: it cannot be copied, so it is
    // moved aside whole (a rename needs only the data folder to be writable) and the app starts.
    const reason = unreadableReason(code);
    const asidePath = path.join(path.dirname(file), `${path.basename(file)}.unreadable-${stamp}`);
    try {
      fs.renameSync(file, asidePath);
    } catch {
      throw new Error(
        `Interview Studio cannot read ${file} (${reason}), nor move it out of the way. ` +
          'Move or delete that file yourself (or give your user account access to it), then start the app again.',
      );
    }
    return restoreOrReset(file, lastGood, isValid, asidePath, reason);
  }

  const problem = findProblem(bytes, isValid);
  if (!problem) {
    copyDurably(file, lastGood);
    return { status: 'ok' };
  }

  const asidePath = path.join(path.dirname(file), `${path.basename(file)}.corrupt-${stamp}`);
  copyDurably(file, asidePath);
  return restoreOrReset(file, lastGood, isValid, asidePath, problem);
}

function unreadableReason(code: string | undefined): string {
  if (code === 'EISDIR') return 'it is a folder, not a file';
  if (code === 'EACCES' || code === 'EPERM') return 'your user account is not allowed to read it';
  return `the system said ${code ?? 'it cannot'}`;
}

function restoreOrReset(
  file: string,
  lastGood: string,
  isValid: (data: unknown) => boolean,
  asidePath: string,
  problem: string,
): StoreCheck {
  const backup = readIfExists(lastGood);
  if (backup && !findProblem(backup, isValid)) {
    copyDurably(lastGood, file);
    return { status: 'restored', asidePath, reason: problem };
  }
  fs.rmSync(file, { force: true });
  return { status: 'reset', asidePath, reason: problem };
}

function findProblem(bytes: Buffer, isValid: (data: unknown) => boolean): string | null {
  if (bytes.length === 0) return 'the file is empty';
  let data: unknown;
  try {
    data = JSON.parse(bytes.toString('utf8'));
  } catch {
    return 'the file is not valid JSON (it may have been cut short)';
  }
  return isValid(data) ? null : 'the file does not match the expected layout';
}

function readIfExists(file: string): Buffer | null {
  try {
    return fs.readFileSync(file);
  } catch {
    return null;
  }
}

/** Copy through a temporary file and rename, so a crash never leaves a half-written copy. */
function copyDurably(from: string, to: string): void {
  const temp = `${to}.tmp-${process.pid}`;
  fs.copyFileSync(from, temp);
  const fd = fs.openSync(temp, 'r+');
  try {
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
  fs.renameSync(temp, to);
}
