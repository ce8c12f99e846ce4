import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import {
  CATEGORIES_FILE,
  CHECKLISTS_FILE,
  CRITERIA_FILE,
  QUESTIONS_DIR,
  validateContent,
  type ContentError,
  type ContentFile,
  type ContentResult,
} from '#shared/content/validate.js';

const errnoCode = (error: unknown): string | undefined => (error instanceof Error && 'code' in error ? String(error.code) : undefined);

/**
 * Reads one file and parses it. A missing, unreadable or malformed file becomes a parse error
 * named after the file, so the user learns which file to fix instead of seeing a stack trace.
 */
async function readContentFile(dir: string, file: string): Promise<ContentFile> {
  let text: string;
  try {
    text = await readFile(path.join(dir, ...file.split('/')), 'utf8');
  } catch (error) {
    const code = errnoCode(error);
    return { file, parseError: code === 'ENOENT' ? 'file is missing' : `cannot read file (${code ?? String(error)})` };
  }
  try {
    // Editors on Windows may save a byte-order mark, which JSON.parse refuses.
    return { file, data: JSON.parse(text.replace(/^\uFEFF/, '')) as unknown };
  } catch (error) {
    return { file, parseError: `not valid JSON: ${error instanceof Error ? error.message : String(error)}` };
  }
}

/**
 * questions/*.json, sorted so the result does not depend on the file system's listing order.
 * A folder that exists but cannot be listed comes back as a parse error for "questions/".
 */
async function listQuestionFiles(dir: string): Promise<{ names: string[] } | ContentFile> {
  try {
    const entries = await readdir(path.join(dir, QUESTIONS_DIR), { withFileTypes: true });
    const names = entries
      .filter((e) => e.isFile() && e.name.endsWith('.json'))
      .map((e) => `${QUESTIONS_DIR}/${e.name}`)
      .sort();
    return { names };
  } catch (error) {
    // No folder at all: validation reports "no question files", which says what to add.
    if (errnoCode(error) === 'ENOENT') return { names: [] };
    return { file: `${QUESTIONS_DIR}/`, parseError: `cannot read folder (${errnoCode(error) ?? String(error)})` };
  }
}

/** Reads a content folder (criteria, categories, checklists, questions/*) and validates it. */
export async function loadContentDir(dir: string): Promise<ContentResult> {
  const listing = await listQuestionFiles(dir);
  const fixed = await Promise.all([CRITERIA_FILE, CATEGORIES_FILE, CHECKLISTS_FILE].map((f) => readContentFile(dir, f)));
  if (!('names' in listing)) return validateContent([...fixed, listing]);
  const questions = await Promise.all(listing.names.map((f) => readContentFile(dir, f)));
  return validateContent([...fixed, ...questions]);
}

/** One line per error, `file: path: message`; the path is left out when the error is about the whole file. */
export function formatContentErrors(errors: readonly ContentError[]): string {
  return errors.map((e) => (e.path ? `${e.file}: ${e.path}: ${e.message}` : `${e.file}: ${e.message}`)).join('\n');
}
