import { ScheduleStateSchema, type ScheduleState } from '#shared/schemas/schedule.js';
import type { KeyValueStore } from '#electron/services/settings/settings.js';

export const SCHEDULE_KEY = 'schedule';

/**
 * The only schedule state that is stored: which questions the user suspended. It sits in the
 * settings store (small, rewritten whole) because it is a handful of ids; the cards themselves
 * are replayed from the attempts. A damaged value reads as "nothing suspended" rather than failing.
 */
export function createScheduleState(store: KeyValueStore) {
  function read(): ScheduleState {
    const parsed = ScheduleStateSchema.safeParse(store.get(SCHEDULE_KEY));
    return parsed.success ? parsed.data : { suspended: [] };
  }
  return {
    suspended: (): Set<string> => new Set(read().suspended),
    setSuspended(questionId: string, suspended: boolean): string[] {
      const ids = new Set(read().suspended);
      if (suspended) ids.add(questionId);
      else ids.delete(questionId);
      const next: ScheduleState = { suspended: [...ids].sort() };
      store.set(SCHEDULE_KEY, next);
      return next.suspended;
    },
    /** Sets the whole list at once (an import, or its undo). */
    replace(questionIds: readonly string[]): void {
      store.set(SCHEDULE_KEY, ScheduleStateSchema.parse({ suspended: [...new Set(questionIds)].sort() }));
    },
  };
}
export type ScheduleStateStore = ReturnType<typeof createScheduleState>;
