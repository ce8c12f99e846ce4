import fsp from 'node:fs/promises';
import zlib from 'node:zlib';
import { z } from 'zod';

/**
 * Why a start need not run zod over 10,000 journal lines again: after a load has checked every
 * line (or a compaction wrote them), a small file beside the journal records how many of its bytes
 * were checked, their CRC-32 and the schema they were checked against. The next load re-parses those
 * bytes with JSON.parse alone when all three still match, and runs zod only on what was appended
 * since. A changed byte (a hand edit, damage on disk), a truncated or replaced journal, or a new
 * version of the attempt schema changes the CRC, the length or the fingerprint, and then every line
 * is checked as before. The mark is a hint, never the data: if it is lost, torn or stale, the
 * journal is simply checked in full. It holds no answer text.
 */
export const CheckedMarkSchema = z.object({
  /** Bytes from the start of the journal that were checked; always ends after a newline. */
  bytes: z.number().int().nonnegative(),
  crc32: z.number().int().nonnegative(),
  schema: z.string(),
});
export type CheckedMark = z.infer<typeof CheckedMarkSchema>;

/**
 * Bump when a rule the JSON Schema cannot show changes (a refinement such as "a pause ends after it
 * starts"), so lines checked under the old rule are checked again.
 */
const RULES_VERSION = 1;

const fingerprints = new WeakMap<z.ZodType, string>();

/** Names the schema lines are checked against: its JSON Schema's CRC (defaults, enums, patterns, limits) and the rules version. */
export function schemaFingerprint(schema: z.ZodType): string {
  let fingerprint = fingerprints.get(schema);
  if (!fingerprint) {
    const described = JSON.stringify(z.toJSONSchema(schema, { unrepresentable: 'any', io: 'output' }));
    fingerprint = `${RULES_VERSION}:${zlib.crc32(described).toString(16)}`;
    fingerprints.set(schema, fingerprint);
  }
  return fingerprint;
}

export const checkedMarkPath = (journalFile: string) => `${journalFile}.checked`;

export async function readCheckedMark(journalFile: string): Promise<CheckedMark | null> {
  try {
    const parsed = CheckedMarkSchema.safeParse(JSON.parse(await fsp.readFile(checkedMarkPath(journalFile), 'utf8')));
    return parsed.success ? parsed.data : null;
  } catch {
    return null; // none yet, or torn: the journal is checked in full
  }
}

/** How many leading bytes of `journal` the mark vouches for under `fingerprint` (0 when it does not match). */
export function checkedPrefix(journal: Buffer, mark: CheckedMark | null, fingerprint: string): number {
  if (!mark || mark.schema !== fingerprint || mark.bytes === 0 || mark.bytes > journal.length) return 0;
  if (journal[mark.bytes - 1] !== 0x0a) return 0;
  return zlib.crc32(journal.subarray(0, mark.bytes)) === mark.crc32 ? mark.bytes : 0;
}

/**
 * Writes the mark by temp file and rename, so a reader sees the old mark or the new one. Not synced:
 * losing it after a crash only costs one full check.
 */
export async function writeCheckedMark(journalFile: string, mark: CheckedMark): Promise<void> {
  const file = checkedMarkPath(journalFile);
  const temp = `${file}.tmp`;
  try {
    await fsp.writeFile(temp, JSON.stringify(mark), { mode: 0o600 });
    await fsp.rename(temp, file);
  } catch {
    await fsp.rm(temp, { force: true }).catch(() => undefined); // a hint only: the next start checks in full
  }
}

/** Forgets the mark (before the journal is replaced), so it can never vouch for bytes it did not see. */
export async function removeCheckedMark(journalFile: string): Promise<void> {
  await fsp.rm(checkedMarkPath(journalFile), { force: true });
}
