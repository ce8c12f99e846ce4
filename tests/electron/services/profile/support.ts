/** A facility profile as the Facility screen would fill it in. */
export const FACILITY = {
  name: 'Riverside Family Clinic',
  kind: 'clinic',
  values: 'Compassion, respect and access for every family.',
  patients: 'Families, many Spanish-speaking; a large Medicaid share.',
  ehrSystem: 'Epic',
  interviewDate: '2026-12-04',
  interviewTime: '10:30',
  interviewers: 'Dana Ortiz (practice manager)',
  notes: 'Ask how new coordinators are trained on Epic.',
} as const;
