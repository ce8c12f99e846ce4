import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { LOCK_FILE } from '#electron/services/storage/data-folder-lock.js';
import { startHostProcess } from '#tests/support/browser-host-process.js';
import { useTempDirs } from '#tests/support/temp-dir.js';

describe('npm run browser', () => {
  const tempDir = useTempDirs();

  it('holds its data folder while it runs: a second host on it is refused with a reason, and the lock goes when it stops', async () => {
    const dir = tempDir();
    const first = await startHostProcess(dir);
    try {
      expect(JSON.parse(fs.readFileSync(path.join(dir, LOCK_FILE), 'utf8'))).toMatchObject({
        pid: first.child.pid,
        who: 'Interview Studio (browser host)',
      });
      const second = startHostProcess(dir);
      await expect(second).rejects.toThrow(
        /browser host exited with 2:\nCannot open the data folder: .* is in use by Interview Studio \(browser host\) \(process \d+/,
      );
    } finally {
      await first.stop();
    }
    expect(fs.existsSync(path.join(dir, LOCK_FILE))).toBe(false);
    const again = await startHostProcess(dir);
    await again.stop();
    // Three hosts, each compiling the main process's sources with tsx: on a busy machine that alone
    // took over the default 30 s (a run beside a second test run timed out here).
  }, 120_000);
});
