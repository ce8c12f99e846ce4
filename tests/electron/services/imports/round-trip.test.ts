import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Studio } from '#electron/core/open-studio.js';
import { openTestStudio } from '#tests/support/studio.js';
import { fixedClock, useTempDirs } from '#tests/support/temp-dir.js';
import {
  byId,
  call,
  exportAll,
  exportPath,
  FACILITY,
  importBytes,
  practiceState,
  readBytes,
  recordAnswer,
  recordingFiles,
  review,
  QUESTION_A,
  QUESTION_B,
} from '#tests/electron/services/data/support.js';

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
  it('gives back equal answers, reviews, settings, facility profile, suspensions and mock interviews, and byte-identical recordings after a wipe', async () => {
    const dir = tempDir();
    const clock = fixedClock();
    const studio = await studioOn(dir, clock);
    const first = await recordAnswer(studio);
    clock.advance(60_000);
    const second = await recordAnswer(studio, QUESTION_B);
    await call(studio, 'attempts:review', { attemptId: first.id, review: review() });
    await call(studio, 'settings:set', { thinkSeconds: 12 });
    const profileSavedAt = (await call(studio, 'profile:set', FACILITY)).updatedAt;
    await call(studio, 'schedule:suspend', { questionId: QUESTION_A, suspended: true });
    await call(studio, 'schedule:suspend', { questionId: 'why-this-facility', suspended: true });
    const mock = await call(studio, 'mock:start', { questionCount: 3, timeZone: 'UTC' });
    clock.advance(60_000);
    await call(studio, 'mock:start', { questionCount: 4, timeZone: 'UTC' });
    await call(studio, 'mock:followUp', { sessionId: mock.id, followUp: { checked: [], remindOn: '2026-11-29', done: false } });
    const before = byId(await call(studio, 'attempts:list', {}));
    const settingsBefore = await call(studio, 'settings:get');
    const practiceBefore = await practiceState(studio);
    expect(practiceBefore.profile).toEqual({ ...FACILITY, updatedAt: profileSavedAt });
    expect(profileSavedAt).not.toBeNull();
    expect(practiceBefore.suspended).toEqual([QUESTION_A, 'why-this-facility'].sort());
    expect(practiceBefore.mockSessions).toHaveLength(2);
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
    expect(await practiceState(studio)).toEqual({
      profile: expect.objectContaining({ name: '', updatedAt: null }),
      suspended: [],
      mockSessions: [],
    });

    const { preview, result } = await importBytes(studio, archive, 'keep_newer', true);
    expect(preview.attempts).toEqual({ total: 2, new: 2, identical: 0, audioRestored: 0, conflicts: 0 });
    expect(preview.mockSessions).toEqual({ total: 2, new: 2, identical: 0, conflicts: 0 });
    expect(preview.suspensions).toEqual({ total: 2, new: 2 });
    expect(preview.facilityProfile).toMatchObject({ state: 'new', name: FACILITY.name });
    expect(result).toMatchObject({ added: 2, updated: 0, recordingsWritten: 2, settingsApplied: true });
    expect(result).toMatchObject({ mockSessionsAdded: 2, mockSessionsUpdated: 0, suspensionsAdded: 2, profileApplied: true });
    expect(byId(await call(studio, 'attempts:list', {}))).toEqual(before);
    expect(await call(studio, 'settings:get')).toEqual(settingsBefore);
    expect(await practiceState(studio)).toEqual(practiceBefore);
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
    expect(await practiceState(reopened)).toEqual(practiceBefore);

    // A second import of the same archive adds nothing twice.
    const again = await importBytes(reopened, archive);
    expect(again.preview.mockSessions).toEqual({ total: 2, new: 0, identical: 2, conflicts: 0 });
    expect(again.preview.suspensions).toEqual({ total: 2, new: 0 });
    expect(again.preview.facilityProfile.state).toBe('identical');
    expect(again.result).toMatchObject({ mockSessionsAdded: 0, suspensionsAdded: 0, profileApplied: false });
    expect(await practiceState(reopened)).toEqual(practiceBefore);
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
