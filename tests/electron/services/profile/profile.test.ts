import fs from 'node:fs';
import path from 'node:path';
import Conf from 'conf';
import { describe, expect, it } from 'vitest';
import { createNotices } from '#electron/services/storage/notices.js';
import { createFacilityProfileService, FACILITY_PROFILE_FILE, openFacilityProfile } from '#electron/services/profile/profile.js';
import { EMPTY_FACILITY_PROFILE } from '#shared/schemas/profile.js';
import { useTestStudios } from '#tests/support/studio.js';
import { fixedClock, useTempDirs } from '#tests/support/temp-dir.js';
import { call, failure } from '#tests/electron/services/data/support.js';
import { FACILITY } from './support.js';

const tempDir = useTempDirs();
const studioOn = useTestStudios();
const conf = (cwd: string) => new Conf<Record<string, unknown>>({ cwd, configName: 'facility-profile', projectName: 'interview-studio' });

function open(dir: string, clock = fixedClock()) {
  const notices = createNotices(clock);
  return { profile: openFacilityProfile({ dataDir: dir, clock, notices }), notices, file: path.join(dir, FACILITY_PROFILE_FILE) };
}

describe('facility profile service', () => {
  it('starts empty, saves a patch with the time it was saved, and reads it back after a restart', () => {
    const dir = tempDir();
    const clock = fixedClock();
    const { profile, file } = open(dir, clock);
    expect(profile.get()).toEqual(EMPTY_FACILITY_PROFILE);
    expect(JSON.parse(fs.readFileSync(file, 'utf8'))).toEqual({ schemaVersion: 1 });
    expect(fs.statSync(file).mode & 0o777).toBe(0o600);

    const saved = profile.set({ name: 'Riverside Family Clinic', kind: 'clinic' });
    expect(saved).toEqual({ ...EMPTY_FACILITY_PROFILE, name: 'Riverside Family Clinic', kind: 'clinic', updatedAt: clock().toISOString() });
    clock.advance(1000);
    expect(profile.set({ notes: 'Ask about training.' })).toMatchObject({ name: 'Riverside Family Clinic', notes: 'Ask about training.' });
    expect(open(dir).profile.get()).toEqual({ ...saved, notes: 'Ask about training.', updatedAt: clock().toISOString() });
  });

  it('keeps the saved-at time when a save changes nothing (an autosave sending the same fields)', () => {
    const clock = fixedClock();
    const profile = createFacilityProfileService(conf(tempDir()), clock);
    const first = profile.set({ ...FACILITY });
    clock.advance(60_000);
    expect(profile.set({ ...FACILITY })).toEqual(first);
    expect(profile.set({ name: FACILITY.name })).toEqual(first);
  });

  it('refuses a patch that breaks the schema and writes nothing', () => {
    const profile = createFacilityProfileService(conf(tempDir()), fixedClock());
    profile.set({ name: 'Kept' });
    const before = profile.get();
    expect(() => profile.set({ interviewTime: '25:00' })).toThrowError(/interviewTime/);
    expect(() => profile.set({ notes: 'x'.repeat(5001) })).toThrowError(/notes/);
    expect(profile.get()).toEqual(before);
  });

  it('replaces a whole profile as it is, its date included, and clears it', () => {
    const profile = createFacilityProfileService(conf(tempDir()), fixedClock());
    const imported = { ...EMPTY_FACILITY_PROFILE, ...FACILITY, updatedAt: '2026-01-02T03:04:05.000Z' };
    profile.replace(imported);
    expect(profile.get()).toEqual(imported);
    profile.clear();
    expect(profile.get()).toEqual(EMPTY_FACILITY_PROFILE);
  });
});

describe('a damaged facility profile file', () => {
  it.each([
    ['cut short', '{"schemaVersion":1,"profile":{"name":"Riv'],
    ['empty', ''],
    ['of the wrong layout', '[1,2,3]'],
    ['holding a field of the wrong type', '{"schemaVersion":1,"profile":{"kind":"castle"}}'],
  ])('is set aside when %s, with a notice naming where the original went, and the profile starts empty', (_label, bytes) => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, FACILITY_PROFILE_FILE), bytes);
    const { profile, notices } = open(dir);
    expect(profile.get()).toEqual(EMPTY_FACILITY_PROFILE);
    const [notice] = notices.list();
    expect(notice).toMatchObject({ kind: 'store_reset', level: 'warning' });
    expect(notice!.message).toMatch(/^Your facility profile could not be read .*the profile starts empty\. The original was kept at /);
    const aside = fs.readdirSync(dir).find((name) => name.startsWith(`${FACILITY_PROFILE_FILE}.corrupt-`));
    expect(aside).toBeDefined();
    expect(fs.readFileSync(path.join(dir, aside!), 'utf8')).toBe(bytes);
  });

  it('is replaced by the last good copy when there is one', () => {
    const dir = tempDir();
    open(dir).profile.set({ name: 'Riverside Family Clinic' });
    open(dir); // a good start keeps a last-good copy
    fs.writeFileSync(path.join(dir, FACILITY_PROFILE_FILE), '{"schemaVersion":1,"profile":');
    const { profile, notices } = open(dir);
    expect(profile.get().name).toBe('Riverside Family Clinic');
    expect(notices.list()[0]!.message).toMatch(/the last good copy was restored/);
  });

  it('without a version (written by hand) keeps each field that is valid on its own, after a backup', () => {
    const dir = tempDir();
    const file = path.join(dir, FACILITY_PROFILE_FILE);
    const original = JSON.stringify({ profile: { name: 'Lakeside Hospital', kind: 'castle', interviewDate: '2026-12-04' } });
    fs.writeFileSync(file, original);
    const { profile, notices } = open(dir);
    expect(notices.list()).toEqual([]);
    expect(profile.get()).toEqual({ ...EMPTY_FACILITY_PROFILE, name: 'Lakeside Hospital', interviewDate: '2026-12-04' });
    expect(fs.readFileSync(`${file}.backup-v0`, 'utf8')).toBe(original);
    expect(JSON.parse(fs.readFileSync(file, 'utf8')).schemaVersion).toBe(1);
  });

  it('from a newer version is left as it is, with a notice', () => {
    const dir = tempDir();
    const file = path.join(dir, FACILITY_PROFILE_FILE);
    fs.writeFileSync(file, '{"schemaVersion":7,"profile":{"name":"Future Clinic"}}');
    const { profile, notices } = open(dir);
    expect(profile.get().name).toBe('Future Clinic');
    expect(notices.list()[0]!.message).toMatch(/newer version of Interview Studio \(layout 7\)/);
  });

  it('does not cost the settings: config.json is left alone, and the app starts with the notice', async () => {
    const dir = tempDir();
    const first = await studioOn(dir);
    await call(first, 'settings:set', { thinkSeconds: 12 });
    await first.close();
    fs.writeFileSync(path.join(dir, FACILITY_PROFILE_FILE), 'not json');
    const studio = await studioOn(dir);
    expect((await call(studio, 'settings:get')).thinkSeconds).toBe(12);
    expect(await call(studio, 'profile:get')).toEqual(EMPTY_FACILITY_PROFILE);
    const notices = await call(studio, 'app:notices');
    expect(notices.map((n) => n.message).join('\n')).toMatch(/Your facility profile could not be read/);
  });
});

describe('profile channels', () => {
  it('profile:set saves through the dispatcher and refuses unknown fields and bad values with nothing written', async () => {
    const dir = tempDir();
    const studio = await studioOn(dir);
    expect(await call(studio, 'profile:get')).toEqual(EMPTY_FACILITY_PROFILE);
    const saved = await call(studio, 'profile:set', FACILITY);
    expect(saved).toMatchObject(FACILITY);
    expect(await failure(studio, 'profile:set', { parking: 'free' })).toMatchObject({ code: 'invalid_request' });
    expect(await failure(studio, 'profile:set', { kind: 'castle' })).toMatchObject({ code: 'invalid_request' });
    expect(await failure(studio, 'profile:set', { updatedAt: '2026-01-01T00:00:00.000Z' })).toMatchObject({ code: 'invalid_request' });
    expect(await call(studio, 'profile:get')).toEqual(saved);
  });

  it('"Delete everything" erases the profile too', async () => {
    const studio = await studioOn(tempDir());
    await call(studio, 'profile:set', FACILITY);
    await call(studio, 'data:deleteEverything', { confirm: 'DELETE EVERYTHING' });
    expect(await call(studio, 'profile:get')).toEqual(EMPTY_FACILITY_PROFILE);
  });
});

describe('facility profile text', () => {
  it('is saved without the invisible override that would flip it on screen', () => {
    const profile = createFacilityProfileService(conf(tempDir()), fixedClock());
    const saved = profile.set({ name: 'Riverside \u202Ecinilc\u202C', notes: 'Ask\u200B about \u2066training\u2069.' });
    expect(saved).toMatchObject({ name: 'Riverside cinilc', notes: 'Ask about training.' });
  });
});
