import type { FacilityProfileFields } from './profile.js';

/** Without zod, like facility-kinds.ts: the home screen and the practice card use these. */
const CONTENT_KEYS = [
  'name',
  'kind',
  'values',
  'patients',
  'ehrSystem',
  'interviewDate',
  'interviewTime',
  'interviewers',
  'notes',
] as const;

/** The fields alone, in one fixed order: what two profiles are compared by (not when each was saved). */
export function profileContent(profile: FacilityProfileFields): FacilityProfileFields {
  return Object.fromEntries(CONTENT_KEYS.map((key) => [key, profile[key]])) as FacilityProfileFields;
}

/** True when nothing has been written: no field holds anything. */
export function isEmptyProfile(profile: FacilityProfileFields): boolean {
  return CONTENT_KEYS.every((key) => {
    const value = profile[key];
    return value === null || (typeof value === 'string' && value.trim() === '');
  });
}
