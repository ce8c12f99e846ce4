import fsp from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { StoredCustomQuestionSchema, type StoredCustomQuestion } from '#shared/schemas/questions.js';
import { errnoOf, toStudioIoError } from '#electron/services/storage/io-errors.js';
import { syncDir } from '#electron/services/storage/durable-files.js';
import { referenceProblem, type BuiltInRefs } from './check-question.js';

export const CUSTOM_QUESTIONS_FILE = 'custom-questions.json';
export const CUSTOM_QUESTIONS_LAYOUT_VERSION = 1;

/** The outer layout is checked on its own, so one bad question does not cost the others. */
const FileLayoutSchema = z.object({ version: z.number().int().optional(), questions: z.array(z.unknown()) });

/** A question of the file that was left out, and why. */
export type SkippedQuestion = { index: number; id: string | null; reason: string };

export type LoadedQuestions =
  /** `skipped` non-empty or `fileProblem` set means the original bytes were kept at `asidePath`. */
  | { status: 'ok'; questions: StoredCustomQuestion[]; skipped: SkippedQuestion[]; fileProblem: string | null; asidePath: string | null }
  /** The file exists but could not be read at all (permissions, a folder in its place): leave it alone. */
  | { status: 'unreadable'; reason: string };

/**
 * Reads the user's questions. A file that is not JSON, or not our layout, or holds questions
 * that fail the schema or name a category or criterion this build does not have, never stops the
 * app: the valid questions are kept, the original bytes are copied aside first, and the caller
 * tells the user what was skipped and where the original is.
 */
export async function loadQuestionsFile(
  file: string,
  builtIn: BuiltInRefs,
  stamp: string,
  options: { readOnly?: boolean } = {},
): Promise<LoadedQuestions> {
  let bytes: Buffer;
  try {
    bytes = await fsp.readFile(file);
  } catch (error) {
    if (errnoOf(error) === 'ENOENT') return { status: 'ok', questions: [], skipped: [], fileProblem: null, asidePath: null };
    return { status: 'unreadable', reason: errnoOf(error) ?? String(error) };
  }

  const { questions, skipped, fileProblem } = parseQuestions(bytes, builtIn);
  if (skipped.length === 0 && fileProblem === null) return { status: 'ok', questions, skipped, fileProblem, asidePath: null };
  // Opened only to read (an export beside the running app): the app itself keeps the original aside.
  if (options.readOnly) return { status: 'ok', questions, skipped, fileProblem, asidePath: null };

  // The original goes aside before anything rewrites the file: nothing is dropped silently.
  const asidePath = `${file}.damaged-${stamp}`;
  await fsp.copyFile(file, asidePath);
  return { status: 'ok', questions, skipped, fileProblem, asidePath };
}

function parseQuestions(
  bytes: Buffer,
  builtIn: BuiltInRefs,
): { questions: StoredCustomQuestion[]; skipped: SkippedQuestion[]; fileProblem: string | null } {
  let data: unknown;
  try {
    // Editors on Windows may save a byte-order mark, which JSON.parse refuses.
    data = JSON.parse(bytes.toString('utf8').replace(/^\uFEFF/, ''));
  } catch {
    return {
      questions: [],
      skipped: [],
      fileProblem: bytes.length === 0 ? 'the file is empty' : 'the file is not valid JSON (it may have been cut short)',
    };
  }
  const layout = FileLayoutSchema.safeParse(data);
  if (!layout.success) return { questions: [], skipped: [], fileProblem: 'the file does not have the expected layout' };

  const questions: StoredCustomQuestion[] = [];
  const skipped: SkippedQuestion[] = [];
  const seen = new Set<string>();
  layout.data.questions.forEach((raw, index) => {
    const rawId = typeof raw === 'object' && raw !== null && 'id' in raw && typeof raw.id === 'string' ? raw.id : null;
    const parsed = StoredCustomQuestionSchema.safeParse(raw);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const where = issue?.path.length ? `${issue.path.join('.')}: ` : '';
      skipped.push({ index, id: rawId, reason: `${where}${issue?.message ?? 'invalid'}` });
      return;
    }
    const problem = seen.has(parsed.data.id) ? `the id "${parsed.data.id}" is used twice` : referenceProblem(parsed.data, builtIn);
    if (problem) {
      skipped.push({ index, id: rawId, reason: problem });
      return;
    }
    seen.add(parsed.data.id);
    questions.push(parsed.data);
  });
  return { questions, skipped, fileProblem: null };
}

/**
 * Replaces the file whole and durably: a temporary file (owner-only) is written and flushed,
 * then renamed over the old one and the folder flushed, so a crash leaves either the old file
 * or the new one, never half of either.
 */
export async function writeQuestionsFile(file: string, questions: readonly StoredCustomQuestion[]): Promise<void> {
  const temp = `${file}.tmp`;
  const text = `${JSON.stringify({ version: CUSTOM_QUESTIONS_LAYOUT_VERSION, questions }, null, 2)}\n`;
  try {
    // A temp file left by a crash is stale; removing it first lets 'wx' create ours with mode 0600.
    await fsp.rm(temp, { force: true });
    const handle = await fsp.open(temp, 'wx', 0o600);
    try {
      await handle.writeFile(text, 'utf8');
      await handle.sync();
    } finally {
      await handle.close();
    }
    await fsp.rename(temp, file);
    await syncDir(path.dirname(file));
  } catch (error) {
    await fsp.rm(temp, { force: true }).catch(() => undefined);
    throw toStudioIoError(error, 'save your questions');
  }
}
