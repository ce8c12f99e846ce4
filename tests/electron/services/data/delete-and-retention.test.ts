import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '#shared/schemas/settings.js';
import { snapshotFolder } from '#tests/support/folder-snapshot.js';
import { useTestStudios } from '#tests/support/studio.js';
import { fixedClock, useTempDirs } from '#tests/support/temp-dir.js';
import { call, exportAll, failure, recordAnswer, recordingFiles, review, QUESTION_A, QUESTION_B } from './support.js';
import { postingDraft } from '#tests/electron/services/questions/support.js';

const DAY = 24 * 3600 * 1000;
const tempDir = useTempDirs();
const studioOn = useTestStudios();

describe('retention', () => {
  it('deletes the audio of answers older than N days when turned on, keeping reviews and measurements', async () => {
    const dir = tempDir();
    const clock = fixedClock();
    const studio = await studioOn(dir, clock);
    const old = await recordAnswer(studio);
    await call(studio, 'attempts:review', { attemptId: old.id, review: review() });
    clock.advance(10 * DAY);
    const recent = await recordAnswer(studio, QUESTION_B);

    expect(await call(studio, 'storage:retentionPreview', { days: 7 })).toEqual({ recordingCount: 1, bytes: old.sizeBytes });
    expect(await call(studio, 'storage:retentionPreview', { days: 30 })).toEqual({ recordingCount: 0, bytes: 0 });
    expect((await call(studio, 'settings:set', { retentionDays: 7 })).retentionDays).toBe(7);

    const kept = await call(studio, 'attempts:get', { attemptId: old.id });
    expect(kept).toMatchObject({ hasRecording: false, review: review(), measurements: old.measurements, durationMs: old.durationMs });
    expect([...recordingFiles(dir).keys()]).toEqual([`${recent.id}.webm`]);
    expect(await call(studio, 'storage:info')).toMatchObject({ recordingCount: 1, attemptCount: 2 });
    // Replay of the deleted audio now answers 404, not stale bytes.
    expect((await studio.media(new Request(`http://x/media/${old.id}`))).status).toBe(404);
  });

  it('runs at start-up: an answer that grew old while the app was closed loses its audio on the next launch', async () => {
    const dir = tempDir();
    const clock = fixedClock();
    const studio = await studioOn(dir, clock);
    const answer = await recordAnswer(studio);
    await call(studio, 'settings:set', { retentionDays: 30 });
    expect(recordingFiles(dir).size).toBe(1);
    await studio.close();

    clock.advance(31 * DAY);
    const later = await studioOn(dir, clock);
    expect(await call(later, 'attempts:get', { attemptId: answer.id })).toMatchObject({ hasRecording: false });
    expect(recordingFiles(dir).size).toBe(0);
  });

  it('does nothing while it is off (the default)', async () => {
    const dir = tempDir();
    const clock = fixedClock();
    const studio = await studioOn(dir, clock);
    await recordAnswer(studio);
    clock.advance(5000 * DAY);
    await call(studio, 'settings:set', { thinkSeconds: 3 });
    expect((await call(studio, 'settings:get')).retentionDays).toBeNull();
    expect(recordingFiles(dir).size).toBe(1);
  });
});

describe('deleting', () => {
  it('deletes all answers to one question with their audio, and nothing else', async () => {
    const dir = tempDir();
    const studio = await studioOn(dir);
    await recordAnswer(studio, QUESTION_A);
    await recordAnswer(studio, QUESTION_A);
    const other = await recordAnswer(studio, QUESTION_B);
    expect(await call(studio, 'attempts:deleteQuestion', { questionId: QUESTION_A })).toEqual({ deleted: 2 });
    expect((await call(studio, 'attempts:list', {})).map((a) => a.id)).toEqual([other.id]);
    expect([...recordingFiles(dir).keys()]).toEqual([`${other.id}.webm`]);
  });

  it('erases everything only with the typed confirmation', async () => {
    const dir = tempDir();
    const studio = await studioOn(dir);
    const answer = await recordAnswer(studio);
    await call(studio, 'attempts:review', { attemptId: answer.id, review: review({ nextTime: 'a private note' }) });
    await call(studio, 'settings:set', { thinkSeconds: 9 });
    const own = await call(studio, 'questions:create', postingDraft());
    await call(studio, 'schedule:suspend', { questionId: QUESTION_A, suspended: true });
    await exportAll(studio);
    fs.writeFileSync(path.join(dir, 'recordings', `${answer.id}.part.unplayable`), 'kept aside after a crash');
    // The waveform of an answer whose audio went while the app was stopping.
    fs.writeFileSync(path.join(dir, 'recordings', '00000000-0000-4000-8000-00000000000a.waveform.json'), '{"peaks":[]}');
    const before = snapshotFolder(dir);

    for (const confirm of [undefined, '', 'delete everything', 'DELETE EVERYTHING ']) {
      expect(await failure(studio, 'data:deleteEverything', confirm === undefined ? {} : { confirm })).toMatchObject({
        code: 'invalid_request',
      });
    }
    expect(snapshotFolder(dir)).toBe(before);

    expect(await call(studio, 'data:deleteEverything', { confirm: 'DELETE EVERYTHING' })).toEqual({
      deletedAttempts: 1,
      deletedRecordingFiles: 2,
      deletedExports: 1,
    });
    expect(await call(studio, 'attempts:list', {})).toEqual([]);
    expect(fs.readdirSync(path.join(dir, 'recordings'))).toEqual([]);
    expect(fs.readdirSync(path.join(dir, 'exports'))).toEqual([]);
    expect(await call(studio, 'settings:get')).toEqual(DEFAULT_SETTINGS);
    // The user's own questions (maybe quoting a real job posting) and suspensions go too.
    expect((await call(studio, 'library:get')).questions.some((q) => q.id === own.id)).toBe(false);
    expect(fs.readFileSync(path.join(dir, 'custom-questions.json'), 'utf8')).not.toContain(own.text);
    expect(JSON.parse(fs.readFileSync(path.join(dir, 'config.json'), 'utf8'))).toMatchObject({
      schedule: { suspended: [] },
      mockSessions: [],
    });
    // The words are gone from the disk, not only hidden behind a "delete" line in the journal.
    expect(fs.readFileSync(path.join(dir, 'attempts', 'attempts.jsonl'), 'utf8')).not.toContain('a private note');
    expect(await call(studio, 'storage:info')).toMatchObject({ recordingsBytes: 0, recordingCount: 0, attemptCount: 0, exportsBytes: 0 });

    // The app carries on normally afterwards.
    await recordAnswer(studio);
    expect(await call(studio, 'attempts:list', {})).toHaveLength(1);
  });
});

describe('storage panel', () => {
  it('tells the folder, sizes and counts, and that the browser host cannot open folders', async () => {
    const dir = tempDir();
    const studio = await studioOn(dir);
    const answer = await recordAnswer(studio);
    const status = await exportAll(studio);
    const info = await call(studio, 'storage:info');
    expect(info).toEqual({
      dataDir: dir,
      recordingsBytes: answer.sizeBytes,
      recordingCount: 1,
      attemptCount: 1,
      exportsBytes: fs.statSync(path.join(dir, 'exports', status.fileName)).size,
      exportCount: 1,
      canOpenFolder: false,
    });
    const refused = await failure(studio, 'storage:openFolder');
    expect(refused.code).toBe('not_available');
    expect(refused.message).toContain('not available in the browser');
    expect(refused.message).toContain(dir);
  });
});
