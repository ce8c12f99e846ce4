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
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { status: 'missing' };
    throw error;
  }

  const problem = findProblem(bytes, isValid);
  if (!problem) {
    copyDurably(file, lastGood);
    return { status: 'ok' };
  }

  const stamp = clock().toISOString().replace(/[:.]/g, '-');
  const asidePath = path.join(path.dirname(file), `${path.basename(file)}.corrupt-${stamp}`);
  copyDurably(file, asidePath);

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
