import type { KeyValueStore } from '#electron/services/settings/settings.js';

/** A KeyValueStore in memory, copying values as conf does when it writes JSON. */
export function memoryStore(initial: Record<string, unknown> = {}): KeyValueStore & { data: Record<string, unknown> } {
  const data: Record<string, unknown> = structuredClone(initial);
  return {
    data,
    get: (key) => structuredClone(data[key]),
    set: (key, value) => void (data[key] = structuredClone(value)),
  };
}
