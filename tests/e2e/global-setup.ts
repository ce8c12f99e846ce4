import fs from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';
import { repoRoot } from '#tests/support/browser-host-process.js';
import { bridgeBuildOptions } from '#electron/browser-host/bridge-build.js';

/**
 * Bundles the browser host once per run, so each test's host starts as plain JavaScript instead of
 * tsx compiling the whole main-process tree again (about 2 s of CPU per start on this machine).
 * Built fresh every run, from the sources as they are, into this run's own folder.
 */
export default async function globalSetup(): Promise<() => void> {
  // A clean clone has no node_modules/.cache yet.
  const cacheDir = path.join(repoRoot, 'node_modules', '.cache');
  fs.mkdirSync(cacheDir, { recursive: true });
  const dir = fs.mkdtempSync(path.join(cacheDir, 'studio-e2e-host-'));
  const outfile = path.join(dir, 'browser-host.mjs');
  // The page's bridge too, built into the host, so no host start bundles it again.
  const bridge = (await build(bridgeBuildOptions(repoRoot))).outputFiles[0]!.text;
  await build({
    entryPoints: [path.join(repoRoot, 'electron', 'browser-host', 'cli.ts')],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    // Everything in one file, so each start compiles one module instead of resolving and parsing
    // node_modules; esbuild itself stays outside (only a host started from the sources bundles the bridge).
    external: ['esbuild'],
    define: { __STUDIO_BRIDGE_SCRIPT__: JSON.stringify(bridge) },
    banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
    outfile,
    logLevel: 'warning',
  });
  process.env.STUDIO_TEST_HOST_SCRIPT = outfile;
  // Playwright calls this once the run is over.
  return () => fs.rmSync(dir, { recursive: true, force: true });
}
