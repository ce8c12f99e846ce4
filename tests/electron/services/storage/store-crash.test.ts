import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openAttempts } from '#electron/services/attempts/attempts.js';
import { createNotices } from '#electron/services/storage/notices.js';
import { repoRoot } from '#tests/support/browser-host-process.js';
import { bundleChild } from '#tests/support/bundle-child.js';
import { runAndKill } from '#tests/support/kill-at-random.js';
import { fixedClock, useTempDirs } from '#tests/support/temp-dir.js';

// Every run is a process start, most of its cost; `npm test` samples 80 and 20 moments (each CI run a
// new sample), and SETTINGS_KILLS=400 JOURNAL_KILLS=100 runs a longer pass by hand.
export const SETTINGS_KILLS = Number(process.env.SETTINGS_KILLS ?? 80);
export const JOURNAL_KILLS = Number(process.env.JOURNAL_KILLS ?? 20);

describe('saves killed with SIGKILL', () => {
  const tempDir = useTempDirs();

  it(`never leave an unparsable settings file (${SETTINGS_KILLS} kills)`, async () => {
    const child = await bundleChild('settings-writer.mjs');
    // Two writers on two folders at once: most of each run is process start-up.
    const killLoop = async (dir: string, runs: number) => {
      for (let run = 0; run < runs; run++) {
        await runAndKill(process.execPath, [child, dir], 40, repoRoot);
        const text = fs.readFileSync(path.join(dir, 'config.json'), 'utf8');
        expect(() => JSON.parse(text), `run ${run}: ${text.slice(0, 80)}`).not.toThrow();
      }
    };
    await Promise.all([killLoop(tempDir(), SETTINGS_KILLS / 2), killLoop(tempDir(), SETTINGS_KILLS / 2)]);
  }, 240_000);

  it(`never lose an acknowledged attempt or review (${JOURNAL_KILLS} kills)`, async () => {
    const dir = tempDir();
    const child = await bundleChild('journal-writer.ts');
    const acknowledged = new Set<string>();
    for (let run = 0; run < JOURNAL_KILLS; run++) {
      const lines = await runAndKill(process.execPath, [child, dir], 100, repoRoot);
      for (const line of lines) if (line.startsWith('saved ')) acknowledged.add(line.slice(6));
      const store = await openAttempts({ dataDir: dir, clock: fixedClock(), notices: createNotices(fixedClock()) });
      for (const id of acknowledged) expect(store.get(id)?.review.marks, `run ${run}`).toEqual({ empathy: 'met' });
      await store.close();
    }
    expect(acknowledged.size).toBeGreaterThan(0);
  }, 240_000);
});
