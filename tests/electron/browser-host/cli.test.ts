import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LOCK_FILE } from '#electron/services/storage/data-folder-lock.js';
import { startHostProcess } from '#tests/support/browser-host-process.js';
import { bundledScript } from '#tests/support/bundle-child.js';
import { useTempDirs } from '#tests/support/temp-dir.js';

/** Sets (or with undefined, removes) one environment variable; answers how to put it back. */
function setEnv(name: string, value: string | undefined): () => void {
  const before = process.env[name];
  if (value === undefined) delete process.env[name];
  else process.env[name] = value;
  return () => setEnv(name, before);
}

describe('npm run browser', () => {
  const tempDir = useTempDirs();
  const restore: (() => void)[] = [];

  beforeAll(() => {
    // The host's own code bundled once: a start under tsx compiles the whole main-process tree
    // (about 2 s of CPU), and this test starts three hosts.
    restore.push(setEnv('STUDIO_TEST_HOST_SCRIPT', bundledScript('electron/browser-host/cli.ts')));
    // No page is asked for here, so any index.html will do: on a clean checkout without
    // dist/renderer the host would otherwise build the whole renderer before it starts.
    const rendererDir = fs.mkdtempSync(path.join(os.tmpdir(), 'studio-stub-renderer-'));
    restore.push(() => fs.rmSync(rendererDir, { recursive: true, force: true }));
    fs.writeFileSync(path.join(rendererDir, 'index.html'), '<!doctype html><title>Interview Studio</title>');
    restore.push(setEnv('STUDIO_TEST_RENDERER_DIR', rendererDir));
  });
  afterAll(() => {
    for (const undo of restore.reverse()) undo();
  });

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
    // The last start runs the sources through tsx, as `npm run browser` does.
    const fromSources = setEnv('STUDIO_TEST_HOST_SCRIPT', undefined);
    const again = await startHostProcess(dir).finally(fromSources);
    await again.stop();
    // Room for the start under tsx on a busy machine: three of them once took over the default 30 s.
  }, 120_000);
});
