import type { SettingsPatch } from '../../../shared/schemas/settings.js';
import { startHostProcess, type HostProcess } from '../../support/browser-host-process.js';
import type { Cleanup } from './cleanup.js';
import { tempDir } from './temp.js';

export interface BenchHost extends HostProcess {
  dataDir: string;
  token: string;
  /** Calls one contract channel over HTTP, as a script would (docs/browser-host.md). */
  call<T = unknown>(channel: string, body?: unknown): Promise<T>;
}

/**
 * The browser host (`npm run browser`'s program, its own process like the real thing) on a fresh
 * data folder, serving the bench's renderer build; stopped and its folder removed by the cleanup.
 */
export async function startBenchHost(cleanup: Cleanup, rendererDir: string, settings: SettingsPatch): Promise<BenchHost> {
  const dataDir = tempDir(cleanup, 'data');
  const host = cleanup.add(await startHostProcess(dataDir, ['--renderer-dir', rendererDir]), 'browser host', (h) => h.stop());
  const token = new URL(host.url).searchParams.get('token')!;
  const call = async <T>(channel: string, body?: unknown): Promise<T> => {
    const response = await fetch(`${host.origin}/api/${channel}`, {
      method: 'POST',
      headers: { 'X-Studio-Token': token, 'Content-Type': 'application/json' },
      body: body === undefined ? '' : JSON.stringify(body),
      signal: AbortSignal.timeout(30_000),
    });
    const result = (await response.json()) as { ok: true; value: T } | { ok: false; error: { code: string; message: string } };
    if (!result.ok) throw new Error(`${channel}: ${result.error.code}: ${result.error.message}`);
    return result.value;
  };
  // The microphone check is a first-run screen; the benchmarks start where a returning user does.
  await call('settings:set', { micCheckDone: true, ...settings });
  return { ...host, dataDir, token, call, stop: host.stop };
}
