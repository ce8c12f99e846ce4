import { z } from 'zod';
import { FACILITY_KINDS } from './profile-kinds.js';
import { IsoDateSchema } from './ids.js';
import { DayKeySchema, SaneDayKeySchema } from './progress.js';

export { FACILITY_KIND_LABELS, FACILITY_KINDS, type FacilityKind } from './profile-kinds.js';

/** The kinds of place a Patient Coordinator works; "other" covers the rest. */
export const FacilityKindSchema = z.enum(FACILITY_KINDS);

/** "09:30", 24-hour. */
export const TimeOfDaySchema = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'not a time of day (HH:MM)');

export const FACILITY_TEXT_LIMITS = { short: 200, long: 5000 } as const;
const shortText = z.string().max(FACILITY_TEXT_LIMITS.short);
const longText = z.string().max(FACILITY_TEXT_LIMITS.long);

/**
 * What the user found out about the facility they are interviewing with: the guide's advice is to
 * research its values and patients and to know its EHR system before the day. Every field may be
 * missing in a file (a later version may add fields, an earlier one lacked them): it reads as empty.
 */
export const FacilityProfileFieldsSchema = z.object({
  name: shortText.default(''),
  kind: FacilityKindSchema.nullable().default(null),
  /** Its mission and core values, as the facility states them. */
  values: longText.default(''),
  /** Who its patients are: ages, languages, neighbourhood, common conditions, insurance mix. */
  patients: longText.default(''),
  /** The EHR / scheduling system it uses (Epic, Cerner, athenahealth…). */
  ehrSystem: shortText.default(''),
  /** The local calendar day of the interview, if known. */
  interviewDate: DayKeySchema.nullable().default(null),
  interviewTime: TimeOfDaySchema.nullable().default(null),
  interviewers: shortText.default(''),
  /** The user's own notes and the questions they plan to ask at the end. */
  notes: longText.default(''),
});
export type FacilityProfileFields = z.infer<typeof FacilityProfileFieldsSchema>;

/** The profile as stored and answered: the fields plus when main last saved it (null: never). */
export const FacilityProfileSchema = FacilityProfileFieldsSchema.extend({ updatedAt: IsoDateSchema.nullable().default(null) });
export type FacilityProfile = z.infer<typeof FacilityProfileSchema>;

export const EMPTY_FACILITY_PROFILE: FacilityProfile = FacilityProfileSchema.parse({});

/** What the renderer sends: any subset of the fields; unknown keys are refused rather than ignored. */
export const FacilityProfilePatchSchema = z
  .object({
    name: shortText,
    kind: FacilityKindSchema.nullable(),
    values: longText,
    patients: longText,
    ehrSystem: shortText,
    interviewDate: SaneDayKeySchema.nullable(),
    interviewTime: TimeOfDaySchema.nullable(),
    interviewers: shortText,
    notes: longText,
  })
  .partial()
  .strict();
export type FacilityProfilePatch = z.infer<typeof FacilityProfilePatchSchema>;

export { isEmptyProfile, profileContent } from './profile-content.js';
