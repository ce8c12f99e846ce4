import fs from 'node:fs';
import path from 'node:path';
import type { Cleanup } from './cleanup.js';
import { tempDir } from './temp.js';

/**
 * A renderer folder holding only an index.html, for sections that talk to the host through the
 * contract and never open a page: they need not wait for (or share) a real renderer build.
 */
export function stubRendererDir(cleanup: Cleanup): string {
  const dir = tempDir(cleanup, 'stub-renderer');
  fs.writeFileSync(path.join(dir, 'index.html'), '<!doctype html><title>stub</title>\n');
  return dir;
}
