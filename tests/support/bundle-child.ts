import path from 'node:path';
import { build, buildSync, type BuildOptions } from 'esbuild';
import { repoRoot } from './browser-host-process.js';

const options = (entry: string, outfile: string): BuildOptions => ({
  entryPoints: [path.join(repoRoot, entry)],
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  outfile,
  logLevel: 'silent',
  // esbuild starts a native binary of its own; bundling it would break it.
  external: ['esbuild'],
  // Bundled CommonJS dependencies still call require(); give the ES module one.
  banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
});

const outfileFor = (entry: string) =>
  path.join(repoRoot, 'tests/.generated', `${path.basename(entry).replace(/\.\w+$/, '')}-${process.pid}.mjs`);

/**
 * Bundles a child script from tests/support/children into one plain JavaScript file, so each
 * of the many restarts in a crash test starts quickly (no TypeScript loader, few module reads).
 */
export async function bundleChild(name: string): Promise<string> {
  const entry = path.join('tests/support/children', name);
  const outfile = outfileFor(entry);
  await build(options(entry, outfile));
  return outfile;
}

const scripts = new Map<string, string>();

/**
 * One of the repo's command-line scripts (`scripts/data.ts`, …) as plain JavaScript, built once per
 * test process: a test that runs the CLI a dozen times then pays TypeScript's start-up once, not each
 * time (about 2 s of CPU a run under tsx here). What runs is the script's own code, bundled.
 */
export function bundledScript(entry: string): string {
  let main = scripts.get(entry);
  if (!main) {
    const outdir = outfileFor(entry).replace(/\.mjs$/, '');
    buildSync({
      ...options(entry, ''),
      outfile: undefined,
      outdir,
      // What a script loads with import() stays in a chunk of its own, loaded only when that line
      // runs, as it would from the sources: `npm run data` with a usage mistake loads no service.
      splitting: true,
      entryNames: '[name]',
      outExtension: { '.js': '.mjs' },
      // Packages load from node_modules as usual (some, like TypeScript's, need CommonJS globals a
      // bundle does not have).
      packages: 'external',
      external: undefined,
    });
    main = path.join(outdir, `${path.basename(entry).replace(/\.\w+$/, '')}.mjs`);
    scripts.set(entry, main);
  }
  return main;
}
