import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { IMPORT_INTENT_FILE } from '#electron/services/imports/import-intent.js';
import { repoRoot } from '#tests/support/browser-host-process.js';
import { bundleChild } from '#tests/support/bundle-child.js';
import { runAndKill } from '#tests/support/kill-at-random.js';
import { openTestStudio } from '#tests/support/studio.js';
import { fixedClock, useTempDirs } from '#tests/support/temp-dir.js';
import { call } from '#tests/electron/services/data/support.js';
import { folderAndChangedArchive, IMPORTED_NOTE, NOW } from './many-changed.js';

// Each run is a whole start of the studio (about 3 s here); IMPORT_KILLS=40 runs a longer pass by hand.
export const IMPORT_KILLS = Number(process.env.IMPORT_KILLS ?? 4);
const ANSWERS = 300;

describe('an import killed with SIGKILL', () => {
  const tempDir = useTempDirs();

  it(
    `is all or nothing after a restart, which says which (${IMPORT_KILLS} kills)`,
    async () => {
      const { target, archive } = await folderAndChangedArchive(ANSWERS, { target: tempDir(), source: tempDir() });
      const child = await bundleChild('import-runner.ts');
      const outcomes: string[] = [];
      for (let run = 0; run < IMPORT_KILLS; run++) {
        const dir = tempDir();
        fs.cpSync(target, dir, { recursive: true });
        const lines = await runAndKill(process.execPath, [child, dir, archive, repoRoot], 900, repoRoot);
        const interrupted = fs.existsSync(path.join(dir, IMPORT_INTENT_FILE));

        const studio = await openTestStudio(dir, fixedClock(NOW));
        const attempts = await call(studio, 'attempts:list', {});
        const imported = attempts.filter((a) => a.review.nextTime === IMPORTED_NOTE).length;
        const notices = (await call(studio, 'app:notices', undefined)).map((n) => n.message).join('\n');
        const where = `run ${run} (${lines.join(',')}; intent ${interrupted})`;
        expect(attempts, where).toHaveLength(ANSWERS);
        expect([0, ANSWERS], where).toContain(imported);
        if (lines.includes('imported')) expect(imported, where).toBe(ANSWERS);
        if (interrupted) expect(notices, where).toMatch(imported ? /was completed now/ : /nothing of it was kept/);
        // Every answer with audio plays, and nothing of the import is left lying about.
        for (const a of attempts.filter((x) => x.hasRecording)) {
          expect((await studio.media(new Request(`studio-media://recording/${a.id}`))).status, where).toBe(200);
        }
        expect(
          fs.readdirSync(path.join(dir, 'recordings')).filter((n) => /import-(tmp|backup)/.test(n)),
          where,
        ).toEqual([]);
        expect(fs.existsSync(path.join(dir, IMPORT_INTENT_FILE)), where).toBe(false);
        await studio.close();
        outcomes.push(`${imported ? 'all' : 'none'}${interrupted ? ' (resumed)' : ''}`);
      }
      console.log(`import kills: ${outcomes.join(', ')}`);
    },
    120_000 + IMPORT_KILLS * 30_000,
  );
});
