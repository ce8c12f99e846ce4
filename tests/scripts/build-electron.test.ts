import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import vm from 'node:vm';
import { afterAll, describe, expect, it } from 'vitest';
import { channelNames } from '#shared/contract/channels.js';
import { repoRoot } from '#tests/support/browser-host-process.js';

/** Runs the built preload as Electron would, with a stand-in `electron` module that records what it is given. */
function runPreload(source: string) {
  const exposed: Record<string, unknown> = {};
  const invoked: Array<[string, unknown]> = [];
  const electron = {
    contextBridge: { exposeInMainWorld: (key: string, api: unknown) => (exposed[key] = api) },
    ipcRenderer: { invoke: async (channel: string, request: unknown) => (invoked.push([channel, request]), { ok: true, value: null }) },
  };
  const module = { exports: {} };
  const require = (name: string) => {
    if (name === 'electron') return electron;
    throw new Error(`the sandboxed preload required "${name}"; it may require only "electron"`);
  };
  vm.runInNewContext(source, { module, exports: module.exports, require, URL, encodeURIComponent });
  return { studio: exposed.studio as Record<string, Record<string, (request?: unknown) => Promise<unknown>>>, invoked };
}

describe('scripts/build-electron.mjs', () => {
  // A folder of its own: `npm test` runs the unit tests beside the e2e run, whose build writes
  // dist-electron/ at the same time, and a half-written preload would be read here.
  const outDir = path.join(repoRoot, 'tests', '.generated', `build-electron-${process.pid}`);
  const build = spawnSync(process.execPath, ['scripts/build-electron.mjs', '--outdir', outDir], { cwd: repoRoot, encoding: 'utf8' });
  const preload = () => fs.readFileSync(path.join(outDir, 'preload.cjs'), 'utf8');
  afterAll(() => fs.rmSync(outDir, { recursive: true, force: true }));

  it('builds the main process and the preload', () => {
    expect(build.status, build.stderr).toBe(0);
    expect(fs.existsSync(path.join(outDir, 'main.js'))).toBe(true);
  });

  it('gives the preload every channel of the contract as a call, carried by ipcRenderer.invoke, and nothing else', async () => {
    const { studio, invoked } = runPreload(preload());
    const offered = Object.entries(studio)
      .filter(([, calls]) => typeof calls === 'object')
      .flatMap(([domain, calls]) => Object.keys(calls).map((verb) => `${domain}:${verb}`));
    expect(offered.sort()).toEqual([...channelNames].sort());
    await studio.attempts!.review!({ attemptId: 'a', review: {} });
    expect(invoked).toEqual([['attempts:review', { attemptId: 'a', review: {} }]]);
  });

  it("keeps the contract's schemas (zod) out of the preload, which runs before the page on every start", () => {
    expect(preload()).not.toMatch(/ZodError|safeParse/);
    expect(preload().length).toBeLessThan(20_000);
  });
});
