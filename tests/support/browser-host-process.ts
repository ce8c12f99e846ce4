import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import readline from 'node:readline';

export const repoRoot = path.resolve(import.meta.dirname, '..', '..');

export interface HostProcess {
  url: string;
  origin: string;
  child: ChildProcess;
  stderr: () => string;
  stop(signal?: NodeJS.Signals): Promise<void>;
}

/**
 * The host's program: the bundle the e2e run's global setup built from the sources, or the sources
 * themselves through tsx (unit tests, benchmarks, a single spec run without the setup).
 */
function hostProgram(): string[] {
  const bundled = process.env.STUDIO_TEST_HOST_SCRIPT;
  return bundled ? [bundled] : ['--import', 'tsx', 'electron/browser-host/cli.ts'];
}

/** Starts `npm run browser`'s program on a data folder and waits for its one ready line. */
export async function startHostProcess(dataDir: string, extraArgs: string[] = []): Promise<HostProcess> {
  // STUDIO_TEST_RENDERER_DIR serves a build of one's own, so a run is not disturbed by someone
  // else rebuilding dist/renderer in the same checkout meanwhile.
  const rendererDir = process.env.STUDIO_TEST_RENDERER_DIR;
  const rendererArgs = rendererDir ? ['--renderer-dir', rendererDir] : [];
  const child = spawn(process.execPath, [...hostProgram(), '--data-dir', dataDir, ...rendererArgs, ...extraArgs], {
    cwd: repoRoot,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr!.on('data', (d: Buffer) => (stderr += d.toString()));
  const lines = readline.createInterface({ input: child.stdout! });
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`browser host did not start:\n${stderr}`)), 60_000);
    lines.on('line', (line) => {
      const match = /^Studio ready: (\S+)$/.exec(line);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]!);
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`browser host exited with ${code}:\n${stderr}`));
    });
  });
  return {
    url,
    origin: new URL(url).origin,
    child,
    stderr: () => stderr,
    stop: (signal = 'SIGTERM') =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill(signal);
      }),
  };
}
