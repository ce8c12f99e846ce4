import fs from 'node:fs';
import path from 'node:path';
import type { BenchHost } from '#tests/bench/support/host.js';
import { sampleMemory } from '#tests/bench/support/proc.js';
import { round } from '#tests/bench/support/stats.js';
import { POLL_MS, type Timed } from './timed.js';

/** Exports everything through the host, polling exports:status as the page does. */
export async function exportAll(host: BenchHost): Promise<{ file: string; timed: Timed }> {
  const memory = sampleMemory(host.pid);
  const t0 = performance.now();
  const { jobId, fileName } = await host.call<{ jobId: string; fileName: string }>('exports:start', { scope: {} });
  let lastNews = t0;
  let lastDone = '';
  let longestSilenceMs = 0;
  for (;;) {
    const status = await host.call<{
      state: string;
      doneBytes: number;
      totalBytes: number;
      attemptCount: number;
      error?: { message: string } | null;
    }>('exports:status', { jobId });
    const now = performance.now();
    // While it gathers (totalBytes 0), the answers gathered so far are the news.
    const done = `${status.doneBytes} ${status.attemptCount}`;
    if (done !== lastDone || status.state !== 'running') {
      longestSilenceMs = Math.max(longestSilenceMs, now - lastNews);
      lastNews = now;
      lastDone = done;
    }
    if (status.state === 'done') {
      const ms = now - t0;
      const file = path.join(host.dataDir, 'exports', fileName);
      return { file, timed: { ms, bytes: fs.statSync(file).size, longestSilenceMs, rss: memory.stop() } };
    }
    if (status.state !== 'running') throw new Error(`the export ended ${status.state}: ${status.error?.message ?? ''}`);
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
}

/** Starts an export and cancels it once half its bytes are written: it must stop and leave no partial file. */
export async function cancelExportHalfWay(host: BenchHost): Promise<{ ok: boolean; ms: number | null; note: string }> {
  const { jobId } = await host.call<{ jobId: string }>('exports:start', { scope: {} });
  let status = await host.call<{ state: string; doneBytes: number; totalBytes: number }>('exports:status', { jobId });
  // totalBytes is 0 until the contents are gathered: half-way means half of the bytes once they are known.
  while (status.state === 'running' && (status.totalBytes === 0 || status.doneBytes < status.totalBytes / 2)) {
    await new Promise((resolve) => setTimeout(resolve, 10));
    status = await host.call('exports:status', { jobId });
  }
  if (status.state !== 'running') return { ok: false, ms: null, note: `it was ${status.state} before half-way` };
  const at = round((status.doneBytes / status.totalBytes) * 100, 0);
  const t0 = performance.now();
  const { cancelled } = await host.call<{ cancelled: boolean }>('exports:cancel', { jobId });
  while (status.state === 'running') status = await host.call('exports:status', { jobId });
  const ms = round(performance.now() - t0);
  const left = fs.readdirSync(path.join(host.dataDir, 'exports')).filter((name) => name.endsWith('.part'));
  const ok = cancelled && status.state === 'cancelled' && left.length === 0;
  return { ok, ms, note: `${status.state} at ${at}%, ${left.length} partial files left` };
}
