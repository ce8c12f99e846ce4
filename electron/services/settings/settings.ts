import { z } from 'zod';
import { StudioError } from '#shared/contract/errors.js';
import { toStudioIoError } from '#electron/services/storage/io-errors.js';
import { DEFAULT_SETTINGS, SettingsFieldsSchema, SettingsSchema, type Settings, type SettingsPatch } from '#shared/schemas/settings.js';

/** The slice of electron-store / conf the settings need; tests pass a real `conf` instance. */
export interface KeyValueStore {
  get(key: string): unknown;
  set(key: string, value: unknown): void;
}

export const SETTINGS_KEY = 'settings';

/**
 * What may sit in the store file: stored settings may lack fields added in later versions
 * (defaults fill them in), but fields that are there must have the right types.
 */
export const StoredFileSchema = z.looseObject({
  schemaVersion: z.number().int().min(0),
  [SETTINGS_KEY]: SettingsFieldsSchema.partial().optional(),
});

export function createSettingsService(store: KeyValueStore) {
  function get(): Settings {
    const stored = SettingsFieldsSchema.partial().safeParse(store.get(SETTINGS_KEY) ?? {});
    const merged = SettingsSchema.safeParse({ ...DEFAULT_SETTINGS, ...(stored.success ? stored.data : {}) });
    return merged.success ? merged.data : DEFAULT_SETTINGS;
  }

  function set(patch: SettingsPatch): Settings {
    const next = SettingsSchema.safeParse({ ...get(), ...patch });
    if (!next.success) {
      throw new StudioError('invalid_request', next.error.issues.map((i) => i.message).join('; '));
    }
    try {
      store.set(SETTINGS_KEY, next.data);
    } catch (error) {
      // A full disk says so (`disk_full`), like every other save, rather than a bare "internal" error.
      throw toStudioIoError(error, 'save your settings');
    }
    return next.data;
  }

  return { get, set };
}
export type SettingsService = ReturnType<typeof createSettingsService>;
