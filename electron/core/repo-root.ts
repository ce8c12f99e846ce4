import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The checkout the Node front doors run from (it holds package.json and content/), found by walking
 * up from the running file: the same answer from the TypeScript sources under tsx and from a bundle
 * the end-to-end tests build under node_modules/.cache/.
 */
export function repoRootFrom(moduleUrl: string): string {
  let dir = path.dirname(fileURLToPath(moduleUrl));
  for (;;) {
    if (fs.existsSync(path.join(dir, 'package.json')) && fs.existsSync(path.join(dir, 'content'))) return dir;
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error(`No Interview Studio checkout above ${fileURLToPath(moduleUrl)}`);
    dir = parent;
  }
}
