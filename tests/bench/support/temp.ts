import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Cleanup } from './cleanup.js';

/** A fresh folder under the system temp folder, removed by the cleanup. */
export function tempDir(cleanup: Cleanup, prefix: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `studio-bench-${prefix}-`));
  return cleanup.add(dir, `temp folder ${dir}`, (d) => fs.rmSync(d, { recursive: true, force: true }));
}
