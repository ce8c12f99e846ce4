import fs from 'node:fs';
import { SettingsFieldsSchema } from '#shared/schemas/settings.js';

/** The layout of config.json this build writes. Bump it with a new step below. */
export const STORE_SCHEMA_VERSION = 1;
export const VERSION_KEY = 'schemaVersion';

type StoreData = Record<string, unknown>;

/** A versioned store file: the version this build writes and the steps up to it from each past one. */
export interface StoreLayout {
  version: number;
  steps: Record<number, (data: StoreData) => StoreData>;
}

/**
 * Steps from each past layout of config.json to the next. Each is pure and must give the same
 * result when run on its own output's input again, so a migration interrupted by a crash can
 * simply rerun.
 */
const steps: Record<number, (data: StoreData) => StoreData> = {
  // v0: files written before the layout was versioned. Keep every settings field that is
  // valid on its own; an invalid one would otherwise make the whole file fail to load.
  0: (data) => {
    const settings: StoreData = {};
    const raw = data.settings;
    if (raw && typeof raw === 'object') {
      for (const [key, value] of Object.entries(raw)) {
        const field = SettingsFieldsSchema.shape[key as keyof typeof SettingsFieldsSchema.shape];
        if (field?.safeParse(value).success) settings[key] = value;
      }
    }
    return { ...data, settings, [VERSION_KEY]: 1 };
  },
};

/** config.json: settings, window state, suspensions, mock sessions. */
export const CONFIG_LAYOUT: StoreLayout = { version: STORE_SCHEMA_VERSION, steps };

export type MigrationOutcome =
  { status: 'current' | 'missing' } | { status: 'migrated'; from: number; backupPath: string } | { status: 'newer'; version: number };

export function versionOf(data: StoreData): number {
  const version = data[VERSION_KEY];
  return typeof version === 'number' && Number.isInteger(version) && version >= 0 ? version : 0;
}

/** Pure: brings a store object up to the current layout. */
export function migrateStoreData(data: StoreData, layout: StoreLayout = CONFIG_LAYOUT): StoreData {
  let current = data;
  for (let v = versionOf(current); v < layout.version; v = versionOf(current)) {
    const step = layout.steps[v];
    if (!step) throw new Error(`no migration from store version ${v}`);
    current = step(current);
  }
  return current;
}

/**
 * Migrates config.json in place, after copying the original to `config.json.backup-v<N>`
 * (never overwriting an earlier backup). A file from a newer build is left untouched.
 * Runs after the store guard, so the file parses.
 */
export function migrateStoreFile(file: string, layout: StoreLayout = CONFIG_LAYOUT): MigrationOutcome {
  let data: StoreData;
  try {
    data = JSON.parse(fs.readFileSync(file, 'utf8')) as StoreData;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { status: 'missing' };
    throw error;
  }
  const from = versionOf(data);
  if (from === layout.version) return { status: 'current' };
  if (from > layout.version) return { status: 'newer', version: from };

  const backupPath = `${file}.backup-v${from}`;
  if (!fs.existsSync(backupPath)) fs.copyFileSync(file, backupPath);
  writeAtomically(file, `${JSON.stringify(migrateStoreData(data, layout), null, '\t')}\n`);
  return { status: 'migrated', from, backupPath };
}

function writeAtomically(file: string, text: string): void {
  const temp = `${file}.migrate-tmp`;
  const fd = fs.openSync(temp, 'w', 0o600);
  try {
    fs.writeFileSync(fd, text);
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
  fs.renameSync(temp, file);
}

/**
 * What the store guard accepts: an object; when it is of the current layout, one whose
 * fields have the right types. An older layout is accepted as is and cleaned by its migration.
 */
export function isAcceptableStoreFile(
  data: unknown,
  isCurrentValid: (data: unknown) => boolean,
  currentVersion: number = STORE_SCHEMA_VERSION,
): boolean {
  if (!data || typeof data !== 'object' || Array.isArray(data)) return false;
  return versionOf(data as StoreData) < currentVersion || isCurrentValid(data);
}
