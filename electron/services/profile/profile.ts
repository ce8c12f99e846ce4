import path from 'node:path';
import Conf from 'conf';
import { z } from 'zod';
import { cleanStrings } from '#shared/content/clean-text.js';
import { StudioError } from '#shared/contract/errors.js';
import {
  EMPTY_FACILITY_PROFILE,
  FacilityProfileFieldsSchema,
  FacilityProfileSchema,
  profileContent,
  type FacilityProfile,
  type FacilityProfilePatch,
} from '#shared/schemas/profile.js';
import type { Clock } from '#electron/services/storage/clock.js';
import type { NoticesService } from '#electron/services/storage/notices.js';
import type { KeyValueStore } from '#electron/services/settings/settings.js';
import { readOnlyStore } from '#electron/services/storage/read-only.js';
import { prepareStoreFile } from '#electron/services/storage/store-file.js';
import { VERSION_KEY, type StoreLayout } from '#electron/services/storage/store-migrations.js';

/** Its own small file beside config.json, so a damaged profile never costs the settings, nor the reverse. */
export const FACILITY_PROFILE_STORE = 'facility-profile';
export const FACILITY_PROFILE_FILE = `${FACILITY_PROFILE_STORE}.json`;
export const PROFILE_KEY = 'profile';

/**
 * The layout of facility-profile.json. v0 is a file without a version (made by hand, say):
 * each field that is valid on its own is kept, the rest read as empty.
 */
export const PROFILE_LAYOUT: StoreLayout = {
  version: 1,
  steps: {
    0: (data) => {
      const profile: Record<string, unknown> = {};
      const raw = data[PROFILE_KEY];
      if (raw && typeof raw === 'object') {
        const shape = FacilityProfileSchema.shape;
        for (const [key, value] of Object.entries(raw)) {
          const field = shape[key as keyof typeof shape];
          if (field?.safeParse(value).success) profile[key] = value;
        }
      }
      return { ...data, [PROFILE_KEY]: profile, [VERSION_KEY]: 1 };
    },
  },
};

/** What the store guard accepts of the current layout: a profile whose fields have the right types, if any. */
export const StoredProfileFileSchema = z.looseObject({
  [VERSION_KEY]: z.number().int().min(0),
  [PROFILE_KEY]: FacilityProfileSchema.optional(),
});

/**
 * The facility profile in its store. Saving stamps `updatedAt` only when a field really changed,
 * so an autosave that sends what is already there does not make the profile look newer (an
 * import compares profiles by it).
 */
export function createFacilityProfileService(store: KeyValueStore, clock: Clock) {
  function get(): FacilityProfile {
    const parsed = FacilityProfileSchema.safeParse(store.get(PROFILE_KEY) ?? {});
    return parsed.success ? parsed.data : EMPTY_FACILITY_PROFILE;
  }

  function set(patch: FacilityProfilePatch): FacilityProfile {
    const current = get();
    // What was typed is stored as it will be shown: invisible direction overrides removed (see cleanText).
    const fields = FacilityProfileFieldsSchema.safeParse({ ...profileContent(current), ...cleanStrings(patch) });
    if (!fields.success) {
      throw new StudioError('invalid_request', fields.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; '));
    }
    if (JSON.stringify(profileContent(fields.data)) === JSON.stringify(profileContent(current))) return current;
    const next: FacilityProfile = { ...profileContent(fields.data), updatedAt: clock().toISOString() };
    store.set(PROFILE_KEY, next);
    return next;
  }

  /** Puts a whole profile in place as it is, its date included (an import, its undo, erasing everything). */
  function replace(profile: FacilityProfile): void {
    store.set(PROFILE_KEY, FacilityProfileSchema.parse(profile));
  }

  return { get, set, replace, clear: () => replace(EMPTY_FACILITY_PROFILE) };
}
export type FacilityProfileService = ReturnType<typeof createFacilityProfileService>;

/**
 * Opens facility-profile.json the way config.json is opened: a file that does not parse or does
 * not fit is set aside (the last good copy put back where there is one) with a notice, an older
 * layout is migrated after a backup, one from a newer build is left as it is.
 */
export function openFacilityProfile(options: {
  dataDir: string;
  clock: Clock;
  notices: Pick<NoticesService, 'add'>;
  /** Tests may pass their own; the app opens a conf store in the data folder. */
  openStore?: () => KeyValueStore;
  /** Read the profile as it is: no check that sets a file aside, no migration, every change refused. */
  readOnly?: boolean;
}): FacilityProfileService {
  const { dataDir, clock, notices } = options;
  const file = path.join(dataDir, FACILITY_PROFILE_FILE);
  const openStore = () =>
    options.openStore?.() ??
    new Conf<Record<string, unknown>>({
      cwd: dataDir,
      configName: FACILITY_PROFILE_STORE,
      projectName: 'interview-studio',
      configFileMode: 0o600,
    });
  if (options.readOnly) return createFacilityProfileService(readOnlyStore(openStore()), clock);
  const migration = prepareStoreFile({
    file,
    layout: PROFILE_LAYOUT,
    isValid: (data) => StoredProfileFileSchema.safeParse(data).success,
    clock,
    notices,
    words: {
      unreadable: 'Your facility profile',
      startsEmpty: 'the profile starts empty',
      newer: (version) =>
        `Your facility profile was saved by a newer version of Interview Studio (layout ${version}); ` +
        'it is left as it is, and this version may not understand all of it.',
    },
  });
  const store = openStore();
  if (migration.status === 'missing') store.set(VERSION_KEY, PROFILE_LAYOUT.version);
  return createFacilityProfileService(store, clock);
}
