import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { findBritishSpellings } from '#shared/content/us-spelling.js';
import { uiStrings } from './ui-strings.js';

export type SpellingProblem = { file: string; line: number; word: string; suggestion: string };

/** Files worth reading: content JSON, and the renderer's code and page. */
const SCANNED = /\.(?:json|ts|tsx|html)$/;

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries
    .filter((e) => e.isFile() && SCANNED.test(e.name))
    .map((e) => path.join(e.parentPath, e.name))
    .sort();
}

/** The texts of a file a user may read: every string of a JSON file, the UI strings of code, a page whole. */
function textsOf(file: string, source: string): { line: number; text: string }[] {
  if (file.endsWith('.ts') || file.endsWith('.tsx')) return uiStrings(file, source);
  return source.split('\n').map((text, i) => ({ line: i + 1, text }));
}

/**
 * British spellings in the folders given (content/ and renderer/): the app speaks American
 * English to people interviewing in US healthcare. `root` makes the reported paths relative.
 */
export async function scanSpelling(dirs: readonly string[], root: string): Promise<SpellingProblem[]> {
  const problems: SpellingProblem[] = [];
  for (const dir of dirs) {
    for (const file of await filesUnder(dir)) {
      const source = await readFile(file, 'utf8');
      for (const { line, text } of textsOf(file, source)) {
        for (const hit of findBritishSpellings(text)) {
          // A string spanning lines: count the lines before the word.
          const extra = text.slice(0, hit.index).split('\n').length - 1;
          problems.push({
            file: path.relative(root, file).split(path.sep).join('/'),
            line: line + extra,
            word: hit.word,
            suggestion: hit.suggestion,
          });
        }
      }
    }
  }
  return problems;
}
