// Child process for the lock race test. "go DIR": try to claim DIR and say whether it won;
// "release": give back what it won (so every racer tries while the winner holds); stdin's end: exit.
import readline from 'node:readline';
import { lockDataFolder, type DataFolderLock } from '#electron/services/storage/data-folder-lock.js';

let lock: DataFolderLock | null = null;
// The test may stop listening first (a timeout): then there is no one left to tell.
process.stdout.on('error', () => process.exit(0));
const lines = readline.createInterface({ input: process.stdin });
lines.on('close', () => {
  lock?.release();
  process.exit(0);
});
lines.on('line', (line) => {
  if (line.startsWith('go ')) {
    try {
      lock = lockDataFolder(line.slice(3), `racer ${process.pid}`);
      process.stdout.write('won\n');
    } catch (error) {
      process.stdout.write(`lost ${(error as Error).name}\n`);
    }
  } else if (line === 'release') {
    lock?.release();
    lock = null;
    process.stdout.write('released\n');
  }
});
process.stdout.write('ready\n');
