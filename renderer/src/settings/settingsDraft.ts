import type { Settings, SettingsPatch } from '#shared/schemas/settings.js';

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
