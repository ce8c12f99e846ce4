import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { repoRoot } from '#tests/support/browser-host-process.js';
import type { Cleanup } from './cleanup.js';
import { tempDir } from './temp.js';

/** The floor for the start benchmark: a page with one element, served by the same host. */
export const BLANK_PAGE = 'bench-blank.html';
export const BLANK_READY_SELECTOR = '#bench-blank-ready';

export interface RendererBuild {
  dir: string;
  /** How long the build took; null for a copied existing build. */
  buildMs: number | null;
  /** Where it came from: "renderer/ (fresh build)" or the folder copied. */
  source: string;
}

/**
 * A fresh production build of renderer/ (exactly what `npm run build:renderer` makes) in a temp
 * folder, plus the blank page. The bench serves this snapshot rather than dist/renderer because
 * `npm run test:e2e`, which others may run meanwhile, rebuilds dist/renderer in place.
 */
export function buildRenderer(cleanup: Cleanup): RendererBuild {
  const dir = tempDir(cleanup, 'renderer');
  const started = performance.now();
  const vite = path.join(repoRoot, 'node_modules', 'vite', 'bin', 'vite.js');
  const run = spawnSync(
    process.execPath,
    [vite, 'build', '--config', 'renderer/vite.config.ts', '--outDir', dir, '--emptyOutDir', '--logLevel', 'warn'],
    {
      cwd: repoRoot,
      encoding: 'utf8',
      timeout: 180_000,
      env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' },
    },
  );
  if (run.status !== 0) {
    throw new Error(
      `the renderer build failed (${run.error?.message ?? `exit ${run.status}`}): ${firstErrorLine(run.stderr)} ` +
        `(to measure an existing build instead: --renderer dist/renderer)\n${run.stderr}`,
    );
  }
  addBlankPage(dir);
  return { dir, buildMs: performance.now() - started, source: 'renderer/ (fresh build)' };
}

/** An existing build (e.g. dist/renderer), copied so nothing can change it mid-run. */
export function copyRendererBuild(cleanup: Cleanup, from: string): RendererBuild {
  if (!fs.existsSync(path.join(from, 'index.html'))) throw new Error(`${from} is not a renderer build (no index.html)`);
  const dir = tempDir(cleanup, 'renderer');
  fs.cpSync(from, dir, { recursive: true });
  addBlankPage(dir);
  return { dir, buildMs: null, source: from };
}

function addBlankPage(dir: string): void {
  fs.writeFileSync(
    path.join(dir, BLANK_PAGE),
    '<!doctype html>\n<html lang="en"><head><meta charset="utf-8"><title>blank</title></head>' +
      '<body><p id="bench-blank-ready">blank</p></body></html>\n',
  );
}

function firstErrorLine(stderr: string): string {
  const lines = stderr.split('\n').map((l) => l.trim());
  return lines.find((l) => /error/i.test(l)) ?? lines.find((l) => l !== '') ?? 'no message';
}

export interface BundleSizes {
  js: { raw: number; gzip: number; files: number };
  css: { raw: number; gzip: number; files: number };
}

/** Raw and gzip (level 9, as a server would send it) sizes of the built JS and CSS. */
export function bundleSizes(dir: string): BundleSizes {
  const sizes: BundleSizes = { js: { raw: 0, gzip: 0, files: 0 }, css: { raw: 0, gzip: 0, files: 0 } };
  for (const file of listFiles(dir)) {
    const kind = file.endsWith('.js') ? 'js' : file.endsWith('.css') ? 'css' : null;
    if (!kind) continue;
    const bytes = fs.readFileSync(file);
    sizes[kind].raw += bytes.length;
    sizes[kind].gzip += zlib.gzipSync(bytes, { level: 9 }).length;
    sizes[kind].files++;
  }
  return sizes;
}

function listFiles(dir: string): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile())
    .map((e) => path.join(e.parentPath, e.name));
}
