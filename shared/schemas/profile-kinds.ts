/**
 * The kinds of place a Patient Coordinator works, and their names on screen. Kept apart from the
 * profile's schema (profile.ts) so the home screen can name a kind without loading zod.
 */
export const FACILITY_KINDS = ['clinic', 'hospital', 'specialty_practice', 'urgent_care', 'other'] as const;
export type FacilityKind = (typeof FACILITY_KINDS)[number];

export const FACILITY_KIND_LABELS: Record<FacilityKind, string> = {
  clinic: 'Clinic',
  hospital: 'Hospital',
  specialty_practice: 'Specialty practice',
  urgent_care: 'Urgent care',
  other: 'Other',
};
