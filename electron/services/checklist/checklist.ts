import path from 'node:path';
import Conf from 'conf';
import { z } from 'zod';
import type { Library } from '#shared/content/schema.js';
import { StudioError } from '#shared/contract/errors.js';
import {
  BEFORE_THE_INTERVIEW_CHECKLIST,
  ChecklistStateSchema,
  EMPTY_CHECKLIST_STATE,
  MAX_CHECKLIST_TICKS,
  type ChecklistState,
} from '#shared/schemas/checklist.js';
import type { Clock } from '#electron/services/storage/clock.js';
import { toStudioIoError } from '#electron/services/storage/io-errors.js';
import type { NoticesService } from '#electron/services/storage/notices.js';
import type { KeyValueStore } from '#electron/services/settings/settings.js';
import { readOnlyStore } from '#electron/services/storage/read-only.js';
import { prepareStoreFile } from '#electron/services/storage/store-file.js';
import { VERSION_KEY, type StoreLayout } from '#electron/services/storage/store-migrations.js';

/** Its own small file, so a damaged one never costs the settings or the profile, nor the reverse. */
export const CHECKLIST_STORE = 'interview-checklist';
export const CHECKLIST_FILE = `${CHECKLIST_STORE}.json`;
export const CHECKLIST_KEY = 'beforeTheInterview';

/** Version 1 is the first layout; a file without a version is read as it is, if it fits. */
export const CHECKLIST_LAYOUT: StoreLayout = { version: 1, steps: { 0: (data) => ({ ...data, [VERSION_KEY]: 1 }) } };

export const StoredChecklistFileSchema = z.looseObject({
  [VERSION_KEY]: z.number().int().min(0),
  [CHECKLIST_KEY]: ChecklistStateSchema.optional(),
});

/**
 * The "Before the interview" ticks and whether the list is folded away. Every change is one
 * atomic, synced rewrite of a small file (conf writes through a temporary file, fsyncs it and
 * renames it), so a tick that was answered survives a crash.
 */
export function createChecklistService(store: KeyValueStore, library: Pick<Library, 'checklists'>) {
  function get(): ChecklistState {
    const parsed = ChecklistStateSchema.safeParse(store.get(CHECKLIST_KEY) ?? EMPTY_CHECKLIST_STATE);
    return parsed.success ? parsed.data : EMPTY_CHECKLIST_STATE;
  }

  function save(next: ChecklistState): ChecklistState {
    try {
      store.set(CHECKLIST_KEY, next);
    } catch (error) {
      throw toStudioIoError(error, 'save your checklist');
    }
    return next;
  }

  const knownItems = () => new Set(library.checklists.find((c) => c.id === BEFORE_THE_INTERVIEW_CHECKLIST)?.items.map((i) => i.id) ?? []);

  return {
    get,
    tick(itemId: string, checked: boolean): ChecklistState {
      if (!knownItems().has(itemId)) {
        throw new StudioError('invalid_request', `"${itemId}" is not an item of the Before the interview checklist.`);
      }
      const current = get();
      const ids = new Set(current.checked);
      if (checked) ids.add(itemId);
      else ids.delete(itemId);
      return save({ ...current, checked: [...ids].sort() });
    },
    fold: (folded: boolean): ChecklistState => save({ ...get(), folded }),
    /** The ticked items, for an export. */
    list: (): string[] => get().checked,
    /** Sets every tick at once (an import, its undo); the folding stays as it is here. */
    replace(itemIds: readonly string[]): void {
      save({ ...get(), checked: [...new Set(itemIds)].sort().slice(0, MAX_CHECKLIST_TICKS) });
    },
    clear: (): void => void save(EMPTY_CHECKLIST_STATE),
  };
}
export type ChecklistService = ReturnType<typeof createChecklistService>;

/**
 * Opens interview-checklist.json the way the other stores are opened: a file that does not parse
 * or does not fit is set aside (the last good copy put back where there is one) with a notice.
 */
export function openChecklist(options: {
  dataDir: string;
  clock: Clock;
  notices: Pick<NoticesService, 'add'>;
  library: Pick<Library, 'checklists'>;
  /** Tests may pass their own; the app opens a conf store in the data folder. */
  openStore?: () => KeyValueStore;
  readOnly?: boolean;
}): ChecklistService {
  const { dataDir, clock, notices, library } = options;
  const openStore = () =>
    options.openStore?.() ??
    new Conf<Record<string, unknown>>({
      cwd: dataDir,
      configName: CHECKLIST_STORE,
      projectName: 'interview-studio',
      configFileMode: 0o600,
    });
  if (options.readOnly) return createChecklistService(readOnlyStore(openStore()), library);
  const migration = prepareStoreFile({
    file: path.join(dataDir, CHECKLIST_FILE),
    layout: CHECKLIST_LAYOUT,
    isValid: (data) => StoredChecklistFileSchema.safeParse(data).success,
    clock,
    notices,
    words: {
      unreadable: 'Your "Before the interview" checklist',
      startsEmpty: 'it starts with nothing ticked',
      newer: (version) =>
        `Your "Before the interview" checklist was saved by a newer version of Interview Studio (layout ${version}); ` +
        'it is left as it is, and this version may not understand all of it.',
    },
  });
  const store = openStore();
  if (migration.status === 'missing') store.set(VERSION_KEY, CHECKLIST_LAYOUT.version);
  return createChecklistService(store, library);
}
