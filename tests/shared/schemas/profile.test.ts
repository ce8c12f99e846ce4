import { describe, expect, it } from 'vitest';
import {
  EMPTY_FACILITY_PROFILE,
  FacilityProfilePatchSchema,
  FacilityProfileSchema,
  isEmptyProfile,
  profileContent,
} from '#shared/schemas/profile.js';

describe('facility profile schema', () => {
  it('reads an empty object, or one missing fields, as empty fields', () => {
    expect(FacilityProfileSchema.parse({})).toEqual(EMPTY_FACILITY_PROFILE);
    expect(EMPTY_FACILITY_PROFILE).toEqual({
      name: '',
      kind: null,
      values: '',
      patients: '',
      ehrSystem: '',
      interviewDate: null,
      interviewTime: null,
      interviewers: '',
      notes: '',
      updatedAt: null,
    });
    expect(FacilityProfileSchema.parse({ name: 'Riverside' })).toEqual({ ...EMPTY_FACILITY_PROFILE, name: 'Riverside' });
  });

  it('drops fields it does not know (a later version may add some) but refuses wrong types', () => {
    expect(FacilityProfileSchema.parse({ name: 'A', parking: 'free' })).not.toHaveProperty('parking');
    expect(FacilityProfileSchema.safeParse({ kind: 'castle' }).success).toBe(false);
    expect(FacilityProfileSchema.safeParse({ name: 42 }).success).toBe(false);
    expect(FacilityProfileSchema.safeParse({ updatedAt: 'yesterday' }).success).toBe(false);
  });

  it.each([
    ['a real day', { interviewDate: '2026-12-04' }, true],
    ['no day', { interviewDate: null }, true],
    ['a day that does not exist', { interviewDate: '2026-02-30' }, false],
    ['a day in another format', { interviewDate: '04/12/2026' }, false],
    ['a 24-hour time', { interviewTime: '17:45' }, true],
    ['an hour past 23', { interviewTime: '24:00' }, false],
    ['a time with seconds', { interviewTime: '09:30:00' }, false],
    ['a name at the limit', { name: 'x'.repeat(200) }, true],
    ['a name past the limit', { name: 'x'.repeat(201) }, false],
    ['notes past the limit', { notes: 'x'.repeat(5001) }, false],
    ['a field it does not know', { parking: 'free' }, false],
    ['a saved-at date (main sets it)', { updatedAt: '2026-11-27T10:00:00.000Z' }, false],
  ])('a patch with %s is %s', (_label, patch, ok) => {
    expect(FacilityProfilePatchSchema.safeParse(patch).success).toBe(ok);
  });

  it('is empty only while nothing is written (whitespace counts as nothing)', () => {
    expect(isEmptyProfile(EMPTY_FACILITY_PROFILE)).toBe(true);
    expect(isEmptyProfile({ ...EMPTY_FACILITY_PROFILE, notes: '  \n' })).toBe(true);
    expect(isEmptyProfile({ ...EMPTY_FACILITY_PROFILE, kind: 'hospital' })).toBe(false);
    expect(isEmptyProfile({ ...EMPTY_FACILITY_PROFILE, interviewDate: '2026-12-04' })).toBe(false);
  });

  it('compares by content in one field order, whatever the order given and without the saved-at date', () => {
    const profile = { ...EMPTY_FACILITY_PROFILE, name: 'A', notes: 'n', updatedAt: '2026-11-27T10:00:00.000Z' };
    const reversed = Object.fromEntries(Object.entries({ ...profile, updatedAt: null }).reverse()) as typeof profile;
    expect(JSON.stringify(profileContent(reversed))).toBe(JSON.stringify(profileContent(profile)));
    expect(profileContent(profile)).not.toHaveProperty('updatedAt');
  });
});
