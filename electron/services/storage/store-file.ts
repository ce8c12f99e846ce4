import type { Clock } from './clock.js';
import type { NoticesService } from './notices.js';
import { guardStoreFile } from './store-guard.js';
import { isAcceptableStoreFile, migrateStoreFile, type MigrationOutcome, type StoreLayout } from './store-migrations.js';

/** How the notices name one store file, in words a user reads. */
export interface StoreFileWords {
  /** What could not be read: "Your settings file". */
  unreadable: string;
  /** What is used when no good copy exists: "default settings are in use". */
  startsEmpty: string;
  /** The whole sentence for a file written by a newer version of the app (of layout `version`). */
  newer(version: number): string;
}

/**
 * Makes one electron-store file safe to open, before conf reads it: a damaged file is set aside
 * and the last good copy restored (or the file starts empty), an older layout is migrated, and a
 * newer one is left alone. The user is told of each, in the file's own words. Returns what the
 * migration found, so the caller can stamp the layout on a file that did not exist yet.
 */
export function prepareStoreFile(options: {
  file: string;
  layout: StoreLayout;
  /** Whether a file of the current layout has the right fields (its zod schema). */
  isValid(data: unknown): boolean;
  clock: Clock;
  notices: Pick<NoticesService, 'add'>;
  words: StoreFileWords;
}): MigrationOutcome {
  const { file, layout, notices, words } = options;
  const check = guardStoreFile({
    file,
    isValid: (data) => isAcceptableStoreFile(data, options.isValid, layout.version),
    clock: options.clock,
  });
  if (check.status === 'restored' || check.status === 'reset') {
    const outcome = check.status === 'restored' ? 'the last good copy was restored' : words.startsEmpty;
    notices.add(
      'store_reset',
      'warning',
      `${words.unreadable} could not be read (${check.reason}), so ${outcome}. The original was kept at ${check.asidePath}.`,
    );
  }
  const migration = migrateStoreFile(file, layout);
  if (migration.status === 'newer') notices.add('store_reset', 'warning', words.newer(migration.version));
  return migration;
}
