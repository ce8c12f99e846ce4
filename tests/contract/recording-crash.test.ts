import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openAttempts } from '#electron/services/attempts/attempts.js';
import { createNotices } from '#electron/services/storage/notices.js';
import { createRecordings } from '#electron/services/recordings/recordings.js';
import { repoRoot } from '#tests/support/browser-host-process.js';
import { bundleChild } from '#tests/support/bundle-child.js';
import { runAndKill } from '#tests/support/kill-at-random.js';
import { fixedClock, useTempDirs } from '#tests/support/temp-dir.js';

// Each run starts a process and decodes with ffmpeg; RECORDING_KILLS=100 runs a longer pass by hand.
export const RECORDING_KILLS = Number(process.env.RECORDING_KILLS ?? 16);
const chunkDir = path.join(repoRoot, 'tests/fixtures/webm-chunks');
const recordedMs = (JSON.parse(fs.readFileSync(path.join(chunkDir, 'manifest.json'), 'utf8')) as { recordedMs: number }).recordedMs;
const chunkCount = fs.readdirSync(chunkDir).filter((n) => n.startsWith('chunk-')).length;

const probeSeconds = (file: string) =>
  Number(execFileSync('ffprobe', ['-v', 'error', '-show_entries', 'format=duration', '-of', 'csv=p=0', file], { encoding: 'utf8' }).trim());
const decodes = (file: string) => {
  try {
    execFileSync('ffmpeg', ['-v', 'error', '-xerror', '-i', file, '-f', 'null', '-'], { stdio: 'pipe' });
    return true;
  } catch {
    return false;
  }
};

describe('a recording killed with SIGKILL at random points', () => {
  const tempDir = useTempDirs();

  it(`is recovered on the next start, playable and at most about 1 s short of what was sent (${RECORDING_KILLS} runs)`, async () => {
    const child = await bundleChild('recording-writer.ts');
    let recoveredRuns = 0;
    for (let run = 0; run < RECORDING_KILLS; run++) {
      const dataDir = tempDir();
      const lines = await runAndKill(process.execPath, [child, dataDir, chunkDir], 500, repoRoot);
      const id = lines.find((l) => l.startsWith('begun '))!.slice(6);
      const acked = lines.filter((l) => l.startsWith('acked ')).length;

      // The next start: the real services, as open-studio runs them.
      const notices = createNotices(fixedClock());
      const attempts = await openAttempts({ dataDir, clock: fixedClock(), notices });
      const recordings = createRecordings({ dataDir, clock: fixedClock(), attempts, notices });
      await recordings.recoverLeftovers();
      const file = await recordings.resolveFile(id);

      if (acked === 0) {
        // Killed before any audio was acknowledged: nothing to recover, and nothing silently lost.
        expect(attempts.get(id)?.hasRecording ?? false, `run ${run}`).toBe(file !== null);
      } else {
        recoveredRuns++;
        expect(file, `run ${run}: ${acked} chunks acknowledged`).not.toBeNull();
        expect(decodes(file!.path), `run ${run} decodes`).toBe(true);
        const sentMs = (acked / chunkCount) * recordedMs;
        expect(probeSeconds(file!.path) * 1000, `run ${run}`).toBeGreaterThanOrEqual(sentMs - 1100);
        expect(attempts.get(id)).toMatchObject({ recovered: true, hasRecording: true });
        expect(
          notices.list().map((n) => n.kind),
          `run ${run}`,
        ).toContain('recording_recovered');
      }
      await attempts.close();
    }
    expect(recoveredRuns).toBeGreaterThan(RECORDING_KILLS / 2);
  }, 300_000);
});
