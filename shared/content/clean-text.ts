/**
 * Text a person typed, made safe to show as they meant it. Bidirectional embeddings, overrides and
 * isolates (U+202A–U+202E, U+2066–U+2069) and the direction marks (U+200E, U+200F, U+061C) can
 * make a line display in an order other than the one it was typed in (the "Trojan Source" trick,
 * CVE-2021-42574); zero-width spaces, word joiners and byte-order marks hide inside words, and C0/C1
 * control characters have no business in a note. All are removed. Zero-width joiners and
 * non-joiners stay: emoji sequences and scripts such as Persian and the Indic ones need them.
 * Line separators become plain line breaks, and the text is put in composed (NFC) form so the same
 * words compare equal however they were typed.
 */
// eslint-disable-next-line no-control-regex -- these control characters are exactly what is being removed
const INVISIBLE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u061C\u200B\u200E\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/g;

export function cleanText(text: string): string {
  return text.normalize('NFC').replace(/\r\n?|[\u2028\u2029]/g, '\n').replace(INVISIBLE, '');
}

/** Every string in a value (an object of fields, a list, a map of notes) cleaned; the rest kept as it is. */
export function cleanStrings<T>(value: T): T {
  if (typeof value === 'string') return cleanText(value) as T;
  if (Array.isArray(value)) return value.map((v: unknown) => cleanStrings(v)) as T;
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, cleanStrings(v)])) as T;
  }
  return value;
}
