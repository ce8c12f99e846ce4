/**
 * A record's own value for a key that comes from content or from a file (a criterion id, a
 * must-have id): `record[key]` would answer what Object.prototype holds for `constructor` or
 * `toString`, and an id like that must read as "not marked", not as a function's source.
 */
export function ownValue<V>(record: Readonly<Record<string, V>> | undefined, key: string): V | undefined {
  return record !== undefined && Object.hasOwn(record, key) ? record[key] : undefined;
}
