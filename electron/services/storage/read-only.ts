import { StudioError } from '#shared/contract/errors.js';

/**
 * A data folder opened for reading only: an export or an analysis from the command line, which
 * may run beside the app on the same folder. Such work must leave the folder exactly as it is (no
 * compaction, no clean-up, no migration): a journal compacted by another process is a file the
 * running app no longer appends to, and an upload or `.part` it is still writing is not a leftover.
 */
export const READ_ONLY_MESSAGE = 'This data folder was opened for reading only, so nothing can be changed.';

export const readOnlyRefusal = (): StudioError => new StudioError('not_available', READ_ONLY_MESSAGE);

/** Reads through `store`; every write is refused, so nothing reaches the file. */
export function readOnlyStore<S extends { get(key: string): unknown; set(key: string, value: unknown): void }>(store: S) {
  return {
    get: (key: string): unknown => store.get(key),
    set: (): never => {
      throw readOnlyRefusal();
    },
  };
}
