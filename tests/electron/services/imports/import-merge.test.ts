import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { changesFor, planImport } from '#electron/services/imports/import-plan.js';
import { mergeArchive } from '#electron/services/imports/import-merge.js';
import { checkArchive } from '#electron/services/imports/imports.js';
import { createSettingsService } from '#electron/services/settings/settings.js';
import { StudioError } from '#shared/contract/errors.js';
import type { Attempt } from '#shared/schemas/attempt.js';
import { snapshotFolder } from '#tests/support/folder-snapshot.js';
import { useTestStudios } from '#tests/support/studio.js';
import { fixedClock, useTempDirs } from '#tests/support/temp-dir.js';
import {
  call,
  exportAll,
  exportPath,
  importBytes,
  readBytes,
  recordAnswer,
  recordingFiles,
  review,
  QUESTION_B,
} from '#tests/electron/services/data/support.js';

const tempDir = useTempDirs();
const studioOn = useTestStudios();

describe('merging an archive into existing data', () => {
  it('keeps the newer review by default, and takes the chosen side when asked, never losing audio', async () => {
    const dir = tempDir();
    const clock = fixedClock();
    const studio = await studioOn(dir, clock);
    const answer = await recordAnswer(studio);
    const older = review({ rating: 2, nextTime: 'older' });
    const newer = review({ rating: 5, nextTime: 'newer' });
    clock.advance(1000);
    await call(studio, 'attempts:review', { attemptId: answer.id, review: older });
    const withOlder = readBytes(exportPath(dir, await exportAll(studio)));
    clock.advance(1000);
    await call(studio, 'attempts:review', { attemptId: answer.id, review: newer });
    const withNewer = readBytes(exportPath(dir, await exportAll(studio)));
    const audio = recordingFiles(dir);
    const current = async () => (await call(studio, 'attempts:get', { attemptId: answer.id })).review.nextTime;

    const first = await importBytes(studio, withOlder);
    expect(first.preview.attempts.conflicts).toBe(1);
    expect(first.preview.conflicts[0]).toMatchObject({ attemptId: answer.id, newer: 'mine' });
    expect(first.result).toMatchObject({ added: 0, updated: 0, unchanged: 1 });
    expect(await current()).toBe('newer');

    expect((await importBytes(studio, withOlder, 'take_imported')).result).toMatchObject({ updated: 1, recordingsWritten: 0 });
    expect(await current()).toBe('older');

    const third = await importBytes(studio, withNewer);
    expect(third.preview.conflicts[0]).toMatchObject({ newer: 'imported' });
    expect(third.result).toMatchObject({ updated: 1 });
    expect(await current()).toBe('newer');

    await importBytes(studio, withOlder, 'keep_mine');
    expect(await current()).toBe('newer');
    expect(await call(studio, 'attempts:list', {})).toHaveLength(1);
    expect(recordingFiles(dir)).toEqual(audio);
  });

  it('brings back audio that retention deleted here, keeping the review as it is', async () => {
    const dir = tempDir();
    const clock = fixedClock();
    const studio = await studioOn(dir, clock);
    const answer = await recordAnswer(studio);
    await call(studio, 'attempts:review', { attemptId: answer.id, review: review() });
    const archive = readBytes(exportPath(dir, await exportAll(studio)));
    const audio = recordingFiles(dir);
    clock.advance(3 * 24 * 3600 * 1000);
    await call(studio, 'settings:set', { retentionDays: 1 });
    expect(recordingFiles(dir).size).toBe(0);

    const { preview, result } = await importBytes(studio, archive);
    expect(preview.attempts).toMatchObject({ audioRestored: 1, conflicts: 0 });
    expect(result).toMatchObject({ updated: 1, recordingsWritten: 1 });
    expect(recordingFiles(dir)).toEqual(audio);
    expect(await call(studio, 'attempts:get', { attemptId: answer.id })).toMatchObject({ hasRecording: true, review: review() });
  });

  it('rolls back everything written when a failure happens part-way through the merge', async () => {
    const source = tempDir();
    const studio = await studioOn(source);
    await recordAnswer(studio);
    await recordAnswer(studio, QUESTION_B);
    const file = exportPath(source, await exportAll(studio));

    const dir = tempDir();
    fs.mkdirSync(path.join(dir, 'recordings'), { mode: 0o700 });
    const created: Attempt[] = [];
    const attempts = {
      get: (id: string) => created.find((a) => a.id === id),
      // The journal transaction is refused (a full disk): nothing of it is in place.
      applyBatch: async () => {
        throw new StudioError('disk_full', 'The disk is full.');
      },
    };
    const store = new Map<string, unknown>();
    const settings = createSettingsService({ get: (k) => store.get(k), set: (k, v) => void store.set(k, v) });
    const before = snapshotFolder(dir);

    const checked = await checkArchive(file);
    const changes = changesFor(
      planImport(checked.validated.attempts, () => undefined),
      'keep_newer',
    );
    const merge = mergeArchive(
      {
        attempts,
        settings,
        recordingsDir: path.join(dir, 'recordings'),
        resolveRecording: async () => null,
        intentFile: path.join(dir, 'import-pending.json'),
      },
      checked.archive,
      checked.validated,
      changes,
      { thinkSeconds: 5 },
    );
    await expect(merge).rejects.toMatchObject({ code: 'disk_full' });
    checked.archive.close();
    expect(created).toEqual([]);
    expect(snapshotFolder(dir)).toBe(before);
    expect(store.size).toBe(0);
  });
});
