import path from 'node:path';
import { build } from 'esbuild';
import { repoRoot } from './browser-host-process.js';

/**
 * Bundles a child script from tests/support/children into one plain JavaScript file, so each
 * of the many restarts in a crash test starts quickly (no TypeScript loader, few module reads).
 */
export async function bundleChild(name: string): Promise<string> {
  const outfile = path.join(repoRoot, 'tests/.generated', `${name.replace(/\.\w+$/, '')}-${process.pid}.mjs`);
  await build({
    entryPoints: [path.join(repoRoot, 'tests/support/children', name)],
    bundle: true,
    platform: 'node',
    format: 'esm',
    outfile,
    logLevel: 'silent',
    // Bundled CommonJS dependencies still call require(); give the ES module one.
    banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
  });
  return outfile;
}
