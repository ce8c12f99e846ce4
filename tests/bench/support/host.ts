import { spawn, type ChildProcess } from 'node:child_process';
import readline from 'node:readline';
import type { SettingsPatch } from '#shared/schemas/settings.js';
import { repoRoot } from '#tests/support/browser-host-process.js';
import { callHost } from '#tests/support/host-call.js';
import type { Cleanup } from './cleanup.js';
import { tempDir } from './temp.js';

const READY_TIMEOUT_MS = 60_000;

export interface BenchHost {
  url: string;
  origin: string;
  token: string;
  dataDir: string;
  /** The host's process id, for reading its memory and CPU time from /proc. */
  pid: number;
  /** Calls one contract channel over HTTP, as a script would (docs/browser-host.md); 30 s unless `timeoutMs` says otherwise. */
  call<T = unknown>(channel: string, body?: unknown, options?: { timeoutMs?: number }): Promise<T>;
}

/**
 * The browser host (`npm run browser`'s program, in its own process like the real thing) on a fresh
 * data folder, serving the bench's renderer build. Unlike tests/support/browser-host-process.ts, the
 * process is handed to the cleanup the moment it is spawned, so an interrupted or timed-out start
 * leaves nothing running.
 */
export async function startBenchHost(
  cleanup: Cleanup,
  rendererDir: string,
  settings: SettingsPatch,
  /** Writes a practice history (or anything else) into the data folder before the host opens it. */
  seed?: (dataDir: string) => void,
): Promise<BenchHost> {
  const dataDir = tempDir(cleanup, 'data');
  seed?.(dataDir);
  const child = cleanup.add(
    spawn(process.execPath, ['--import', 'tsx', 'electron/browser-host/cli.ts', '--data-dir', dataDir, '--renderer-dir', rendererDir], {
      cwd: repoRoot,
      stdio: ['ignore', 'pipe', 'pipe'],
    }),
    'browser host',
    stopChild,
  );
  const url = await readyUrl(child);
  const origin = new URL(url).origin;
  const token = new URL(url).searchParams.get('token')!;
  const call = <T>(channel: string, body?: unknown, options?: { timeoutMs?: number }) => callHost<T>(url, channel, body, options);
  // The microphone check is a first-run screen; the benchmarks start where a returning user does.
  await call('settings:set', { micCheckDone: true, ...settings });
  return { url, origin, token, dataDir, pid: child.pid!, call };
}

/** Waits for the host's one stdout line, `Studio ready: <url>`. */
function readyUrl(child: ChildProcess): Promise<string> {
  let stderr = '';
  child.stderr!.on('data', (d: Buffer) => (stderr += d.toString()));
  const lines = readline.createInterface({ input: child.stdout! });
  return new Promise<string>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`the browser host did not start in ${READY_TIMEOUT_MS / 1000} s:\n${stderr}`)),
      READY_TIMEOUT_MS,
    );
    lines.on('line', (line) => {
      const match = /^Studio ready: (\S+)$/.exec(line);
      if (!match) return;
      clearTimeout(timer);
      resolve(match[1]!);
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`the browser host exited with ${code}:\n${stderr}`));
    });
  });
}

/** SIGTERM (the host closes its server and journal), then SIGKILL if it has not gone in 10 s. */
function stopChild(child: ChildProcess): Promise<void> {
  return new Promise<void>((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    const force = setTimeout(() => child.kill('SIGKILL'), 10_000);
    child.once('exit', () => {
      clearTimeout(force);
      resolve();
    });
    child.kill('SIGTERM');
  });
}
