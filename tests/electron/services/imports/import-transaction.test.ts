import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openAttempts } from '#electron/services/attempts/attempts.js';
import { createImports } from '#electron/services/imports/imports.js';
import { intentPath } from '#electron/services/imports/import-intent.js';
import { resolveRecordingFile } from '#electron/services/recordings/resolve-file.js';
import { createSettingsService } from '#electron/services/settings/settings.js';
import { createNotices } from '#electron/services/storage/notices.js';
import { fixedClock, useTempDirs } from '#tests/support/temp-dir.js';
import { folderAndChangedArchive, IMPORTED_NOTE, NOW } from './many-changed.js';

describe('an import of many changed answers', () => {
  const tempDir = useTempDirs();

  it('replaces 300 answers in one journal rewrite, and the history after a reopen is the imported one', async () => {
    const { target, archive, ids } = await folderAndChangedArchive(300, { target: tempDir(), source: tempDir() });
    const clock = fixedClock(NOW);
    const attempts = await openAttempts({ dataDir: target, clock, notices: createNotices(clock) });
    const store = new Map<string, unknown>();
    const recordingsDir = path.join(target, 'recordings');
    const imports = createImports({
      dataDir: target,
      intentFile: intentPath(target),
      attempts,
      settings: createSettingsService({ get: (k) => store.get(k), set: (k, v) => void store.set(k, v) }),
      recordingsDir,
      resolveRecording: (id) => resolveRecordingFile(recordingsDir, id),
      exclusive: (task) => task(),
    });
    const rewritesBefore = attempts.journalRewrites();
    const { result } = await imports.importFile(archive, 'take_imported', false);
    expect(result).toMatchObject({ added: 0, updated: 300 });
    expect(attempts.journalRewrites() - rewritesBefore).toBe(1);
    await attempts.close();

    const again = await openAttempts({ dataDir: target, clock, notices: createNotices(clock) });
    expect(again.all()).toHaveLength(300);
    for (const id of ids) expect(again.get(id)?.review.nextTime).toBe(IMPORTED_NOTE);
    expect(again.journalRewrites()).toBe(0); // nothing superseded, nothing to compact at the next start
    await again.close();
  });
});
