/**
 * Text left unfinished: a note to self that would be read aloud to someone rehearsing for a real
 * interview. Each pattern names what it found, so the message says what to replace.
 */
const PLACEHOLDERS: readonly RegExp[] = [
  /\b(?:TODO|TBD|FIXME|XXX)\b/,
  /\blorem ipsum\b/i,
  /\[(?:insert|placeholder|add|fill)[^\]]*\]/i,
  /\{\{[^}]*\}\}/,
  /<(?:insert|placeholder)[^>]*>/i,
  /\?\?\?/,
  /\bplaceholder\b/i,
];

/** The placeholder found in the text, or null when there is none. */
export function findPlaceholder(text: string): string | null {
  for (const pattern of PLACEHOLDERS) {
    const match = pattern.exec(text);
    if (match) return match[0];
  }
  return null;
}
