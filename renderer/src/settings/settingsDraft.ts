import { SettingsFieldsSchema, type Settings, type SettingsPatch } from '#shared/schemas/settings.js';
import { plural } from '#renderer/lib/format.js';

/** The fields the settings form edits; the microphone-check flag is the check screen's business. */
export type SettingsDraft = Omit<Settings, 'micCheckDone'>;

export const draftFrom = ({ micCheckDone: _, ...draft }: Settings): SettingsDraft => draft;

/** Only the fields that changed, so a save never rewrites what another screen just set. */
export function patchFrom(saved: Settings, draft: SettingsDraft): SettingsPatch {
  const patch: Record<string, unknown> = {};
  for (const key of Object.keys(draft) as (keyof SettingsDraft)[]) {
    if (!Object.is(draft[key], saved[key])) patch[key] = draft[key];
  }
  return patch as SettingsPatch;
}

type NumberKey = 'thinkSeconds' | 'answerTargetMinSeconds' | 'answerTargetMaxSeconds' | 'hardLimitSeconds';

/** The whole-number fields as the form shows them; the limits are the schema's (a test holds them equal). */
export const NUMBER_FIELDS: Record<NumberKey, { label: string; min: number; max: number }> = {
  thinkSeconds: { label: 'Think time', min: 0, max: 600 },
  answerTargetMinSeconds: { label: 'Shortest good answer', min: 0, max: 1800 },
  answerTargetMaxSeconds: { label: 'Longest good answer', min: 1, max: 1800 },
  hardLimitSeconds: { label: 'Time limit', min: 10, max: 3600 },
};

export type SettingsErrors = Partial<Record<NumberKey | 'answerTarget', string>>;

/** What is wrong with a seconds field, in words, or null. */
export function secondsError(key: NumberKey, value: number): string | null {
  const { label, min, max } = NUMBER_FIELDS[key];
  if (!Number.isInteger(value) || value < min) return `${label} must be a whole number of seconds, ${min} or more.`;
  if (value > max) return `${label} must be ${plural(max, 'second')} or less.`;
  return null;
}

/**
 * Every problem in the draft, keyed by field ("answerTarget" for the rule across the two target
 * lengths). Checked here as the person types so each field says what is wrong in words; main
 * still checks everything it is sent.
 */
export function settingsErrors(draft: SettingsDraft): SettingsErrors {
  const errors: SettingsErrors = {};
  for (const key of Object.keys(NUMBER_FIELDS) as NumberKey[]) {
    const value = draft[key];
    if (value === null) continue;
    const error = secondsError(key, value);
    if (error) errors[key] = error;
  }
  if (!errors.answerTargetMinSeconds && !errors.answerTargetMaxSeconds && draft.answerTargetMinSeconds >= draft.answerTargetMaxSeconds) {
    errors.answerTarget = 'The shortest good answer must be shorter than the longest.';
  }
  return errors;
}

/**
 * What can be saved of the draft now: a field with a problem keeps its saved value (both target
 * lengths, when the two disagree), so one half-typed number never holds back the rest.
 */
export function savablePatch(saved: Settings, draft: SettingsDraft): SettingsPatch {
  const errors = settingsErrors(draft);
  const fixed: SettingsDraft = { ...draft };
  for (const key of Object.keys(NUMBER_FIELDS) as NumberKey[]) if (errors[key]) Object.assign(fixed, { [key]: saved[key] });
  if (errors.answerTarget)
    Object.assign(fixed, { answerTargetMinSeconds: saved.answerTargetMinSeconds, answerTargetMaxSeconds: saved.answerTargetMaxSeconds });
  const patch = patchFrom(saved, fixed);
  // Belt and braces: only a patch the schema takes is sent.
  return SettingsFieldsSchema.partial().safeParse(patch).success ? patch : {};
}
