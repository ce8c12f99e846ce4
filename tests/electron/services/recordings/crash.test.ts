import { spawn } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { createNotices } from '#electron/services/storage/notices.js';
import { createRecordings } from '#electron/services/recordings/recordings.js';
import { FIXED_NOW, decodesCleanly, makeStudio, probeDuration } from './support.js';

const child = join(dirname(fileURLToPath(import.meta.url)), 'crash-child.ts');

let studio: Awaited<ReturnType<typeof makeStudio>>;
afterEach(() => studio?.cleanup());

/** Runs the child until it has saved `count` chunks, then kills it with SIGKILL. */
function recordThenKill(dataDir: string, count: number): Promise<{ recordingId: string; bytesReceived: number }> {
  return new Promise((resolve, reject) => {
    const proc = spawn(process.execPath, ['--import', 'tsx', child, dataDir, String(count)], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    let last: { recordingId: string; seq: number; bytesReceived: number } | null = null;
    proc.stdout.on('data', (data: Buffer) => {
      out += data.toString();
      const lines = out.split('\n').filter(Boolean);
      last = lines.length ? JSON.parse(lines[lines.length - 1]!) : null;
      if (last && last.seq === count - 1) proc.kill('SIGKILL');
    });
    proc.stderr.on('data', (data: Buffer) => (err += data.toString()));
    proc.on('exit', (_code, signal) => {
      if (signal === 'SIGKILL' && last) resolve(last);
      else reject(new Error(`child ended without being killed: ${err}`));
    });
  });
}

describe('a recording interrupted by SIGKILL', () => {
  it('keeps every chunk it acknowledged, and the next launch recovers them', async () => {
    studio = await makeStudio();
    const { recordingId, bytesReceived } = await recordThenKill(studio.dataDir, 3);

    const notices = createNotices(() => FIXED_NOW);
    const relaunched = createRecordings({ dataDir: studio.dataDir, clock: () => FIXED_NOW, attempts: studio.attempts, notices });
    const report = await relaunched.recoverLeftovers();

    expect(report.recovered.map((a) => a.id)).toEqual([recordingId]);
    const file = await relaunched.resolveFile(recordingId);
    expect(file).not.toBeNull();
    // Three 1 s chunks reached the disk; nothing acknowledged was lost.
    expect(file!.size).toBeGreaterThanOrEqual(bytesReceived);
    expect(probeDuration(file!.path)).toBeGreaterThan(2.5);
    expect(decodesCleanly(file!.path)).toBe(true);
    expect(notices.list()).toMatchObject([{ kind: 'recording_recovered', level: 'info' }]);
  });
});
