import { execFileSync } from 'node:child_process';
import os from 'node:os';
import { repoRoot } from '#tests/support/browser-host-process.js';
import type { RunConditions } from './report/types.js';
import { chromiumVersion } from './support/chromium.js';

/** The machine and the code a run measured, so a figure is never quoted without its conditions. */
export function runConditions(quick: boolean): RunConditions {
  const cpus = os.cpus();
  return {
    date: new Date().toISOString(),
    quick,
    node: process.versions.node,
    chromium: chromiumVersion(),
    cpus: cpus.length,
    cpuModel: cpus[0]?.model.trim() ?? 'unknown CPU',
    totalMemoryMb: Math.round(os.totalmem() / 2 ** 20),
    loadAverageAtStart: os.loadavg()[0]!,
    loadAverageAtEnd: Number.NaN,
    gitCommit: git(['rev-parse', '--short', 'HEAD']),
    gitDirty: (git(['status', '--porcelain', '--untracked-files=no']) ?? '') !== '',
  };
}

function git(args: string[]): string | null {
  try {
    return execFileSync('git', args, { cwd: repoRoot, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return null;
  }
}
