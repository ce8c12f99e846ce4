import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import readline from 'node:readline';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LOCK_FILE } from '#electron/services/storage/data-folder-lock.js';
import { bundleChild } from '#tests/support/bundle-child.js';
import { useTempDirs } from '#tests/support/temp-dir.js';

const RACERS = 12;
const ROUNDS = 10;
const tempDir = useTempDirs();
let racers: Racer[] = [];
// The same racers run every round (starting a process is what takes time here, not the race).
beforeAll(async () => {
  const script = await bundleChild('lock-racer.ts');
  racers = Array.from({ length: RACERS }, () => startRacer(script));
  for (const racer of racers) expect(await racer.next()).toBe('ready');
}, 180_000); // bundling and starting 12 processes on a busy 2-core machine
afterAll(() => {
  for (const racer of racers) racer.child.stdin!.end();
});

type Racer = { child: ChildProcess; next: () => Promise<string> };

function startRacer(script: string): Racer {
  const child = spawn(process.execPath, [script], { stdio: ['pipe', 'pipe', 'inherit'] });
  const queue: string[] = [];
  const waiting: ((line: string) => void)[] = [];
  readline.createInterface({ input: child.stdout! }).on('line', (line) => {
    const take = waiting.shift();
    if (take) take(line);
    else queue.push(line);
  });
  return {
    child,
    next: () => (queue.length ? Promise.resolve(queue.shift()!) : new Promise((resolve) => waiting.push(resolve))),
  };
}

/** Lets every racer try at once, then has the winner let go; says how many got the lock. */
async function race(dir: string): Promise<{ won: number; lost: string[] }> {
  for (const racer of racers) racer.child.stdin!.write(`go ${dir}\n`);
  const results = await Promise.all(racers.map((racer) => racer.next()));
  for (const racer of racers) racer.child.stdin!.write('release\n');
  for (const racer of racers) expect(await racer.next()).toBe('released');
  return { won: results.filter((r) => r === 'won').length, lost: results.filter((r) => r !== 'won') };
}

const setBack = (file: string) => fs.utimesSync(file, new Date(Date.now() - 60_000), new Date(Date.now() - 60_000));

describe('the data folder lock under racing processes', () => {
  it.each([
    ['no lock file', (_file: string) => undefined],
    [
      'a lock left by a process that died',
      (file: string) => fs.writeFileSync(file, JSON.stringify({ pid: 2 ** 22 + 7, who: 'x', since: 'y' })),
    ],
    [
      'a lock whose process id now belongs to another program',
      (file: string) => fs.writeFileSync(file, JSON.stringify({ pid: process.pid, who: 'x', since: 'y', started: 'another boot:1' })),
    ],
    [
      'an empty lock file written long ago',
      (file: string) => {
        fs.writeFileSync(file, '');
        setBack(file);
      },
    ],
  ])(`admits exactly one of ${RACERS} racers in each of ${ROUNDS} rounds, starting from %s`, async (_name, prepare) => {
    for (let round = 0; round < ROUNDS; round++) {
      const dir = tempDir();
      prepare(path.join(dir, LOCK_FILE));
      const { won, lost } = await race(dir);
      expect(won, `round ${round}`).toBe(1);
      expect(new Set(lost)).toEqual(new Set(['lost DataFolderInUseError']));
      // Released by the winner, and nothing else left behind (no claim or break files).
      expect(fs.readdirSync(dir)).toEqual([]);
    }
  });
});
