import fs from 'node:fs';
import path from 'node:path';
import type { BenchRun } from './types.js';

/** The same figures as the table, plus each section's raw samples, for comparing runs by script. */
export function writeRunJson(file: string, run: BenchRun): void {
  fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  const temp = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(temp, `${JSON.stringify(run, null, 2)}\n`);
  fs.renameSync(temp, file);
}
