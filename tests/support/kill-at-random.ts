import { spawn } from 'node:child_process';
import readline from 'node:readline';

/**
 * Starts a child, waits for its "ready" line, lets it work for a random moment, then kills
 * it with SIGKILL. Returns every line it printed, so a test can compare what the child was
 * told was saved with what survived.
 */
export async function runAndKill(command: string, args: string[], maxDelayMs: number, cwd: string): Promise<string[]> {
  const child = spawn(command, args, { cwd, stdio: ['ignore', 'pipe', 'inherit'] });
  const lines: string[] = [];
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  await new Promise<void>((resolve, reject) => {
    readline.createInterface({ input: child.stdout! }).on('line', (line) => {
      lines.push(line);
      if (line === 'ready')
        setTimeout(() => {
          child.kill('SIGKILL');
          resolve();
        }, Math.random() * maxDelayMs);
    });
    child.once('exit', (code, signal) => {
      if (signal !== 'SIGKILL') reject(new Error(`child ended on its own (${code ?? signal})`));
    });
  });
  await exited;
  return lines;
}
