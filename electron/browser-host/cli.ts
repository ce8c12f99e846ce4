import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { openStudioInNode } from '#electron/core/open-studio-in-node.js';
import { repoRootFrom } from '#electron/core/repo-root.js';
import { DataFolderInUseError, lockDataFolder } from '#electron/services/storage/data-folder-lock.js';
import { bridgeBuildOptions } from './bridge-build.js';
import { startBrowserHost } from './server.js';

/**
 * `npm run browser -- --data-dir DIR [--port N]`: the whole app in a plain browser, for this
 * machine (no Electron binary), e2e tests, benchmarks and UI work. Prints exactly one line,
 * `Studio ready: <url>`, on stdout; everything else goes to stderr.
 */
const repoRoot = repoRootFrom(import.meta.url);
const usage = 'usage: npm run browser -- --data-dir DIR [--port N] [--renderer-dir DIR]';

/** The page's bridge, built in when the host itself was bundled (tests/e2e/global-setup.ts). */
declare const __STUDIO_BRIDGE_SCRIPT__: string | undefined;

/** Bundled at start from the sources otherwise (about 0.2 s of CPU), so it always matches them. */
async function bridgeScript(): Promise<string> {
  if (typeof __STUDIO_BRIDGE_SCRIPT__ === 'string') return __STUDIO_BRIDGE_SCRIPT__;
  const { build } = await import('esbuild');
  return (await build(bridgeBuildOptions(repoRoot))).outputFiles[0]!.text;
}

function fail(message: string): never {
  process.stderr.write(`${message}\n`);
  process.exit(2);
}

async function main(): Promise<void> {
  let values: { 'data-dir'?: string; port?: string; 'renderer-dir'?: string };
  try {
    ({ values } = parseArgs({ options: { 'data-dir': { type: 'string' }, port: { type: 'string' }, 'renderer-dir': { type: 'string' } } }));
  } catch (error) {
    fail(`${(error as Error).message}\n${usage}`);
  }
  if (!values['data-dir']) fail(`--data-dir is required\n${usage}`);
  const port = values.port === undefined ? 0 : Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) fail(`--port must be a number from 0 to 65535\n${usage}`);
  const dataDir = path.resolve(values['data-dir']);

  // --renderer-dir serves another build of the renderer (the benchmark's own snapshot, so a rebuild of
  // dist/renderer by a parallel test run cannot change the files under it mid-measurement).
  const rendererDir = values['renderer-dir'] ? path.resolve(values['renderer-dir']) : path.join(repoRoot, 'dist', 'renderer');
  if (values['renderer-dir'] && !fs.existsSync(path.join(rendererDir, 'index.html')))
    fail(`--renderer-dir has no index.html: ${rendererDir}`);
  if (!fs.existsSync(path.join(rendererDir, 'index.html'))) {
    process.stderr.write('Building the renderer first (dist/renderer is missing)…\n');
    const built = spawnSync('npx', ['vite', 'build', '--config', 'renderer/vite.config.ts'], {
      cwd: repoRoot,
      stdio: ['ignore', 'inherit', 'inherit'],
    });
    if (built.status !== 0) fail('The renderer build failed; see the messages above.');
  }
  const bridge = await bridgeScript();

  try {
    lockDataFolder(dataDir, 'Interview Studio (browser host)');
  } catch (error) {
    if (error instanceof DataFolderInUseError) fail(`Cannot open the data folder: ${error.message}`);
    throw error;
  }
  const studio = await openStudioInNode({ dataDir });

  const host = await startBrowserHost({
    studio,
    rendererDir,
    bridgeScript: bridge,
    token: randomBytes(24).toString('hex'),
    port,
  });
  process.stdout.write(`Studio ready: ${host.url}\n`);

  const stop = async () => {
    await host.close();
    await studio.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop());
  process.on('SIGTERM', () => void stop());
}

main().catch((error: unknown) => fail(error instanceof Error ? error.message : String(error)));
