import fs from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { repoRoot } from '#tests/support/browser-host-process.js';

type Outcome = { ok: boolean; value?: unknown; error?: { message: string } };
type Bridge = Record<string, Record<string, (request?: unknown) => Promise<Outcome>>>;

/** The real Chromium webm chunks in tests/fixtures, as plain arrays to pass into the page. */
function fixtureChunks(): number[][] {
  const dir = path.join(repoRoot, 'tests', 'fixtures', 'webm-chunks');
  return fs
    .readdirSync(dir)
    .filter((name) => name.startsWith('chunk-'))
    .sort()
    .map((name) => [...fs.readFileSync(path.join(dir, name))]);
}

/**
 * Records answers through the page's own bridge (recordings:begin/append/finish with real
 * webm chunks), optionally reviews them, and reloads so the app starts with them. Quicker than
 * speaking each answer through the fake microphone, and the same channels.
 */
export async function seedAnswers(
  page: Page,
  questionIds: string[],
  options: { reviewed?: boolean; /** The mock interview the answers were given in. */ sessionId?: string } = {},
): Promise<string[]> {
  const ids = await page.evaluate(
    async ({ questionIds, chunks, reviewed, sessionId }) => {
      const studio = (window as unknown as { studio: Bridge }).studio;
      const must = async (call: Promise<Outcome>) => {
        const result = await call;
        if (!result.ok) throw new Error(result.error?.message);
        return result.value as Record<string, unknown>;
      };
      await must(studio.settings!.set!({ micCheckDone: true }));
      const made: string[] = [];
      for (const questionId of questionIds) {
        const begin = { questionId, mimeType: 'audio/webm;codecs=opus', ...(sessionId ? { sessionId } : {}) };
        const { recordingId } = await must(studio.recordings!.begin!(begin));
        for (const [seq, bytes] of chunks.entries())
          await must(studio.recordings!.append!({ recordingId, seq, bytes: new Uint8Array(bytes) }));
        const attempt = await must(studio.recordings!.finish!({ recordingId }));
        if (reviewed) {
          const review = { marks: { star: 'met' }, criterionNotes: {}, rating: 4, nextTime: 'Slow down.' };
          await must(studio.attempts!.review!({ attemptId: attempt.id, review }));
        }
        made.push(attempt.id as string);
      }
      return made;
    },
    { questionIds, chunks: fixtureChunks(), reviewed: options.reviewed ?? false, sessionId: options.sessionId },
  );
  await page.reload();
  return ids;
}

/**
 * Moves answers back in time while the host is stopped: appends a later journal line for each
 * with an older `createdAt` (the journal is append-only JSON lines; the last line wins).
 */
export function ageAnswers(dataDir: string, ids: readonly string[], days: number): void {
  const file = path.join(dataDir, 'attempts', 'attempts.jsonl');
  const latest = new Map<string, Record<string, unknown>>();
  for (const line of fs.readFileSync(file, 'utf8').split('\n').filter(Boolean)) {
    const entry = JSON.parse(line) as { op: string; attempt?: Record<string, unknown> & { id: string } };
    if (entry.op === 'put' && entry.attempt && ids.includes(entry.attempt.id)) latest.set(entry.attempt.id, entry.attempt);
  }
  const at = new Date(Date.now() - days * 24 * 3600 * 1000).toISOString();
  const lines = [...latest.values()].map((attempt) => JSON.stringify({ op: 'put', attempt: { ...attempt, createdAt: at } }));
  fs.appendFileSync(file, `${lines.join('\n')}\n`);
}

/** One bridge call from the page, answering its value (for checks after the UI did its work). */
export async function bridgeCall<T>(page: Page, domain: string, verb: string, request?: unknown): Promise<T> {
  const result = await page.evaluate(([d, v, r]) => (window as unknown as { studio: Bridge }).studio[d as string]![v as string]!(r), [
    domain,
    verb,
    request,
  ] as const);
  if (!result.ok) throw new Error(result.error?.message);
  return result.value as T;
}
