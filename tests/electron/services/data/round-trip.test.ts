import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Studio } from '../../../../electron/app/open-studio.js';
import { openTestStudio } from '../../../support/studio.js';
import { fixedClock, useTempDirs } from '../../../support/temp-dir.js';
import { byId, call, exportAll, exportPath, importBytes, readBytes, recordAnswer, recordingFiles, review, QUESTION_B } from './support.js';

const tempDir = useTempDirs();
const open: Studio[] = [];
afterEach(async () => {
  for (const studio of open.splice(0)) await studio.close();
});
const studioOn = async (dir: string, clock = fixedClock()) => {
  const studio = await openTestStudio(dir, clock);
  open.push(studio);
  return studio;
};

describe('export then import', () => {
  it('gives back equal answers, reviews and settings and byte-identical recordings after a wipe', async () => {
    const dir = tempDir();
    const clock = fixedClock();
    const studio = await studioOn(dir, clock);
    const first = await recordAnswer(studio);
    clock.advance(60_000);
    const second = await recordAnswer(studio, QUESTION_B);
    await call(studio, 'attempts:review', { attemptId: first.id, review: review() });
    await call(studio, 'settings:set', { thinkSeconds: 12 });
    const before = byId(await call(studio, 'attempts:list', {}));
    const settingsBefore = await call(studio, 'settings:get');
    const audioBefore = recordingFiles(dir);
    expect(audioBefore.size).toBe(2);

    const status = await exportAll(studio);
    expect(status).toMatchObject({ state: 'done', attemptCount: 2, recordingCount: 2 });
    expect(status.doneBytes).toBe(status.totalBytes);
    expect(status.downloadUrl).toBe(`/exports/${status.fileName}`);
    const archive = readBytes(exportPath(dir, status));

    const erased = await call(studio, 'data:deleteEverything', { confirm: 'DELETE EVERYTHING' });
    expect(erased).toMatchObject({ deletedAttempts: 2, deletedRecordingFiles: 2, deletedExports: 1 });
    expect(await call(studio, 'attempts:list', {})).toEqual([]);
    expect(recordingFiles(dir).size).toBe(0);

    const { preview, result } = await importBytes(studio, archive, 'keep_newer', true);
    expect(preview.attempts).toEqual({ total: 2, new: 2, identical: 0, audioRestored: 0, conflicts: 0 });
    expect(result).toMatchObject({ added: 2, updated: 0, recordingsWritten: 2, settingsApplied: true });
    expect(byId(await call(studio, 'attempts:list', {}))).toEqual(before);
    expect(await call(studio, 'settings:get')).toEqual(settingsBefore);
    expect(recordingFiles(dir)).toEqual(audioBefore);
    for (const name of audioBefore.keys()) {
      expect(fs.statSync(path.join(dir, 'recordings', name)).mode & 0o777).toBe(0o600);
    }
    expect(second.id).toBeDefined();

    // And it survives a restart: the journal holds what was imported.
    await studio.close();
    open.pop();
    const reopened = await studioOn(dir, clock);
    expect(byId(await call(reopened, 'attempts:list', {}))).toEqual(before);
  });

  it('makes the same archive twice from the same data and clock', async () => {
    const dir = tempDir();
    const studio = await studioOn(dir);
    await recordAnswer(studio);
    const a = readBytes(exportPath(dir, await exportAll(studio)));
    const b = readBytes(exportPath(dir, await exportAll(studio)));
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
  });

  it('imports into another data folder, and a second import of the same archive changes nothing', async () => {
    const source = await studioOn(tempDir());
    const answer = await recordAnswer(source);
    await call(source, 'attempts:review', { attemptId: answer.id, review: review() });
    const status = await exportAll(source);
    const archive = readBytes(exportPath((await call(source, 'app:info')).dataDir, status));

    const targetDir = tempDir();
    const target = await studioOn(targetDir);
    const { result } = await importBytes(target, archive);
    expect(result).toMatchObject({ added: 1, recordingsWritten: 1, settingsApplied: false });
    const again = await importBytes(target, archive);
    expect(again.preview.attempts).toMatchObject({ identical: 1, new: 0, conflicts: 0 });
    expect(again.result).toMatchObject({ added: 0, updated: 0, unchanged: 1, recordingsWritten: 0 });
    expect(await call(target, 'attempts:list', {})).toHaveLength(1);
  });
});
