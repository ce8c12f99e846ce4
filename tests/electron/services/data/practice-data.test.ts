import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Studio } from '#electron/core/open-studio.js';
import { mergeArchive } from '#electron/services/imports/import-merge.js';
import { checkArchive } from '#electron/services/imports/imports.js';
import type { PracticePorts } from '#electron/services/data/practice-data.js';
import { createSettingsService } from '#electron/services/settings/settings.js';
import { StudioError } from '#shared/contract/errors.js';
import { EMPTY_FACILITY_PROFILE, type FacilityProfile } from '#shared/schemas/profile.js';
import type { MockSession } from '#shared/schemas/mock.js';
import { snapshotFolder } from '#tests/support/folder-snapshot.js';
import { useTestStudios } from '#tests/support/studio.js';
import { fixedClock, useTempDirs } from '#tests/support/temp-dir.js';
import { jsonBytes, parseEntry, rawZip, readEntries } from './raw-zip.js';
import {
  call,
  exportAll,
  exportPath,
  FACILITY,
  importBytes,
  practiceState,
  readBytes,
  recordAnswer,
  QUESTION_A,
  QUESTION_B,
} from './support.js';

const tempDir = useTempDirs();
const studioOn = useTestStudios();
const DAY = 24 * 3600 * 1000;
const NEW_ENTRIES = ['facility-profile.json', 'review-schedule.json', 'mock-interviews.json'];

async function archiveOf(studio: Studio, scope = {}): Promise<Uint8Array> {
  const dir = (await call(studio, 'app:info')).dataDir;
  return readBytes(exportPath(dir, await exportAll(studio, scope)));
}

/** A studio with a bit of everything: two answers (one in a mock interview), a profile, two suspensions, two mock interviews. */
async function studioWithPractice(clock = fixedClock()) {
  const studio = await studioOn(tempDir(), clock);
  await call(studio, 'profile:set', FACILITY);
  await call(studio, 'schedule:suspend', { questionId: QUESTION_A, suspended: true });
  await call(studio, 'schedule:suspend', { questionId: QUESTION_B, suspended: true });
  const first = await call(studio, 'mock:start', { questionCount: 3, timeZone: 'UTC' });
  await recordAnswer(studio, first.questionIds[0], first.id);
  clock.advance(2 * DAY);
  const second = await call(studio, 'mock:start', { questionCount: 3, timeZone: 'UTC' });
  await recordAnswer(studio, QUESTION_A);
  return { studio, first, second, clock };
}

describe('the facility profile, suspensions and mock interviews in an export', () => {
  it('are each their own file, explained in the README and counted in the manifest', async () => {
    const { studio } = await studioWithPractice();
    const entries = await readEntries(await archiveOf(studio));
    expect(entries.map((e) => e.name)).toEqual(expect.arrayContaining(NEW_ENTRIES));
    expect(parseEntry(entries, 'facility-profile.json')).toEqual(await call(studio, 'profile:get'));
    expect(parseEntry(entries, 'review-schedule.json')).toEqual({ suspended: [QUESTION_A, QUESTION_B].sort() });
    const { sessions } = parseEntry<{ sessions: MockSession[] }>(entries, 'mock-interviews.json');
    expect(sessions.map((s) => s.id)).toEqual((await call(studio, 'mock:list')).map((s) => s.id).reverse()); // oldest first
    expect(parseEntry<{ counts: object }>(entries, 'manifest.json').counts).toMatchObject({ mockSessions: 2, suspendedQuestions: 2 });
    const readme = Buffer.from(entries.find((e) => e.name === 'README.txt')!.data).toString('utf8');
    for (const name of NEW_ENTRIES) expect(readme).toContain(`\r\n${name}\r\n`);
  });

  it('are left out while there are none, and so is their part of the README', async () => {
    const studio = await studioOn(tempDir());
    await recordAnswer(studio);
    const entries = await readEntries(await archiveOf(studio));
    expect(entries.map((e) => e.name).filter((n) => NEW_ENTRIES.includes(n))).toEqual([]);
    expect(Buffer.from(entries.find((e) => e.name === 'README.txt')!.data).toString('utf8')).not.toContain('mock-interviews.json');
  });

  it("a scoped export holds the mock interviews that share something with the scope, and the chosen questions' suspensions", async () => {
    const { studio, first, second } = await studioWithPractice();
    const sessionsIn = async (scope: object) => {
      const entries = await readEntries(await archiveOf(studio, scope));
      const file = entries.find((e) => e.name === 'mock-interviews.json');
      return file ? parseEntry<{ sessions: MockSession[] }>(entries, 'mock-interviews.json').sessions.map((s) => s.id) : [];
    };
    // The question answered in the first interview: that interview (an answer in the archive was given in it),
    // and the second only if it asked the same question.
    const asked = first.questionIds[0]!;
    expect(await sessionsIn({ questionIds: [asked] })).toEqual([first.id, ...(second.questionIds.includes(asked) ? [second.id] : [])]);
    // Days: the first interview's day holds it; the second's day holds the second (and the answer given outside any interview).
    expect(await sessionsIn({ to: '2026-11-27T23:59:59.000Z' })).toEqual([first.id]);
    expect(await sessionsIn({ from: '2026-11-29T00:00:00.000Z' })).toEqual([second.id]);
    expect(await sessionsIn({ from: '2027-01-01T00:00:00.000Z' })).toEqual([]);

    const entries = await readEntries(await archiveOf(studio, { questionIds: [QUESTION_B] }));
    expect(parseEntry(entries, 'review-schedule.json')).toEqual({ suspended: [QUESTION_B] });
    expect(parseEntry(entries, 'facility-profile.json')).toMatchObject(FACILITY); // not scoped: it is about the interview, not the answers
  });
});

describe('importing the facility profile, suspensions and mock interviews', () => {
  it('still imports an archive from before they were exported', async () => {
    const { studio } = await studioWithPractice();
    const entries = await readEntries(await archiveOf(studio));
    const manifest = parseEntry<{ counts: Record<string, number> }>(entries, 'manifest.json');
    const { mockSessions: _m, suspendedQuestions: _s, ...oldCounts } = manifest.counts;
    const old = rawZip(
      entries
        .filter((e) => !NEW_ENTRIES.includes(e.name))
        .map((e) => (e.name === 'manifest.json' ? { ...e, data: jsonBytes({ ...manifest, counts: oldCounts }) } : e)),
    );

    const target = await studioOn(tempDir());
    const { preview, result } = await importBytes(target, old);
    expect(preview.facilityProfile.state).toBe('none');
    expect(preview.mockSessions).toEqual({ total: 0, new: 0, identical: 0, conflicts: 0 });
    expect(preview.suspensions).toEqual({ total: 0, new: 0 });
    expect(result).toMatchObject({ added: 2, recordingsWritten: 2, mockSessionsAdded: 0, suspensionsAdded: 0, profileApplied: false });
    expect(await practiceState(target)).toEqual({ profile: EMPTY_FACILITY_PROFILE, suspended: [], mockSessions: [] });
  });

  it('merges mock interviews by id: new ones added, a different follow-up kept unless the imported ones are chosen', async () => {
    const { studio, first, second } = await studioWithPractice();
    const archive = await archiveOf(studio);
    await call(studio, 'mock:followUp', { sessionId: first.id, followUp: { checked: [], remindOn: null, done: true } });
    const mine = await call(studio, 'mock:list');

    const kept = await importBytes(studio, archive);
    expect(kept.preview.mockSessions).toEqual({ total: 2, new: 0, identical: 1, conflicts: 1 });
    expect(kept.result).toMatchObject({ mockSessionsAdded: 0, mockSessionsUpdated: 0 });
    expect(await call(studio, 'mock:list')).toEqual(mine);

    const taken = await importBytes(studio, archive, 'take_imported');
    expect(taken.result).toMatchObject({ mockSessionsAdded: 0, mockSessionsUpdated: 1 });
    const after = await call(studio, 'mock:list');
    expect(after.map((s) => s.id)).toEqual([second.id, first.id]);
    expect(after.find((s) => s.id === first.id)!.followUp.done).toBe(false);

    // Into a folder with interviews of its own: theirs are added beside them, never twice.
    const other = await studioOn(tempDir());
    const own = await call(other, 'mock:start', { questionCount: 3, timeZone: 'UTC' });
    expect((await importBytes(other, archive)).result).toMatchObject({ mockSessionsAdded: 2 });
    expect((await importBytes(other, archive)).result).toMatchObject({ mockSessionsAdded: 0 });
    expect((await call(other, 'mock:list')).map((s) => s.id).sort()).toEqual([own.id, first.id, second.id].sort());
  });

  it("adds the archive's suspensions to the ones here", async () => {
    const { studio } = await studioWithPractice();
    const archive = await archiveOf(studio);
    const target = await studioOn(tempDir());
    await call(target, 'schedule:suspend', { questionId: 'why-this-facility', suspended: true });
    await call(target, 'schedule:suspend', { questionId: QUESTION_A, suspended: true });
    const { preview, result } = await importBytes(target, archive);
    expect(preview.suspensions).toEqual({ total: 2, new: 1 });
    expect(result.suspensionsAdded).toBe(1);
    expect((await practiceState(target)).suspended).toEqual([QUESTION_A, QUESTION_B, 'why-this-facility'].sort());
  });

  it('adds a facility profile where there is none, and replaces a different one only when asked', async () => {
    const clock = fixedClock();
    const { studio } = await studioWithPractice(clock);
    const archive = await archiveOf(studio);
    const exported = await call(studio, 'profile:get');

    clock.advance(DAY);
    const edited = await call(studio, 'profile:set', { notes: 'Edited after the export.' });
    const kept = await importBytes(studio, archive);
    expect(kept.preview.facilityProfile).toEqual({
      state: 'differs',
      name: FACILITY.name,
      importedUpdatedAt: exported.updatedAt,
      mineUpdatedAt: edited.updatedAt,
      newer: 'mine',
    });
    expect(kept.result.profileApplied).toBe(false);
    expect(await call(studio, 'profile:get')).toEqual(edited);

    const taken = await importBytes(studio, archive, 'keep_newer', false, true);
    expect(taken.result.profileApplied).toBe(true);
    expect(await call(studio, 'profile:get')).toEqual(exported);

    // The archive's is the newer one: the preview says so, and still nothing changes unless asked.
    const target = await studioOn(tempDir(), fixedClock('2026-01-01T00:00:00.000Z'));
    await call(target, 'profile:set', { name: 'Lakeside Hospital', kind: 'hospital' });
    const mine = await call(target, 'profile:get');
    const newer = await importBytes(target, archive);
    expect(newer.preview.facilityProfile).toMatchObject({ state: 'differs', newer: 'imported' });
    expect(await call(target, 'profile:get')).toEqual(mine);

    const empty = await studioOn(tempDir());
    const added = await importBytes(empty, archive);
    expect(added.preview.facilityProfile.state).toBe('new');
    expect(added.result.profileApplied).toBe(true);
    expect(await call(empty, 'profile:get')).toEqual(exported);
  });

  it('undoes the profile, suspensions and mock interviews it wrote when a later step fails', async () => {
    const { studio } = await studioWithPractice();
    const dir = (await call(studio, 'app:info')).dataDir;
    const file = exportPath(dir, await exportAll(studio));

    const mineProfile: FacilityProfile = { ...EMPTY_FACILITY_PROFILE, name: 'Mine', updatedAt: '2026-01-01T00:00:00.000Z' };
    let profile = mineProfile;
    let suspended = ['why-this-facility'];
    let sessions: MockSession[] = [];
    const practice: PracticePorts = {
      profile: { get: () => profile, replace: (p) => void (profile = p) },
      suspensions: { list: () => suspended, replace: (ids) => void (suspended = [...ids]) },
      mockSessions: { all: () => sessions, replaceAll: (s) => void (sessions = [...s]) },
    };
    const store = new Map<string, unknown>();
    const settings = createSettingsService({ get: (k) => store.get(k), set: (k, v) => void store.set(k, v) });
    const failing = {
      ...settings,
      set: () => {
        throw new StudioError('io_error', 'The settings could not be written.');
      },
    };
    const target = tempDir();
    const before = snapshotFolder(target);

    const checked = await checkArchive(file);
    const { validated } = checked;
    const merge = mergeArchive(
      {
        attempts: { get: () => undefined, applyBatch: async () => undefined },
        settings: failing,
        recordingsDir: path.join(target, 'recordings'),
        resolveRecording: async () => null,
        practice,
      },
      checked.archive,
      validated,
      [],
      { thinkSeconds: 5 },
      [],
      { profile: validated.facilityProfile, suspended: [...suspended, ...validated.suspended!], mockSessions: validated.mockSessions },
    );
    await expect(merge).rejects.toMatchObject({ code: 'io_error' });
    checked.archive.close();
    expect(profile).toEqual(mineProfile);
    expect(suspended).toEqual(['why-this-facility']);
    expect(sessions).toEqual([]);
    expect(snapshotFolder(target)).toBe(before);
  });
});
