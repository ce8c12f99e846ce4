/**
 * CSV as RFC 4180 writes it: fields with a comma, quote, CR or LF (or edge spaces, which
 * spreadsheets trim) are quoted, quotes inside doubled, lines end in CRLF. A UTF-8 byte-order
 * mark goes first so spreadsheet programs read accented names and notes correctly.
 */
export type CsvValue = string | number | boolean | null | undefined;

export function csvField(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  const text = String(value);
  return /[",\r\n]|^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(header: readonly string[], rows: readonly (readonly CsvValue[])[]): string {
  const lines = [header, ...rows].map((row) => row.map(csvField).join(','));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

/**
 * Free text the user typed (notes) is data, never a formula: a cell starting with = + - @ or a
 * tab/CR would run as one when the file is opened in a spreadsheet (OWASP "CSV injection"), so
 * it gets a leading apostrophe. The JSON file keeps the text exactly as typed.
 */
export function textCell(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}
