import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { formatContentErrors, loadContentDir } from '#electron/services/library/library.js';
import { checkGuideCoverage } from '#shared/content/guide-coverage.js';
import type { ContentError } from '#shared/content/validate.js';
import { scanSpelling } from './spelling-scan.js';

/** What `npm run content:check` prints and its exit code. */
export type CheckOutput = { code: 0 | 1; stdout: string; stderr: string };

/**
 * The whole check of a content folder, as text, so the command's output can be tested without a
 * process start per case (each loads and warms up TypeScript to read the renderer's strings).
 */
export async function checkContent(dir: string, repoRoot: string): Promise<CheckOutput> {
  const guideFile = path.join(repoRoot, 'docs', 'patient-coordinator-interview-guide.txt');
  const rendererDir = path.join(repoRoot, 'renderer');

  const result = await loadContentDir(dir);
  const errors: ContentError[] = result.ok ? [] : [...result.errors];
  if (result.ok) errors.push(...checkGuideCoverage(await readFile(guideFile, 'utf8'), result.library, path.relative(repoRoot, guideFile)));
  // Content paths read like the other content errors (relative to the folder); renderer paths from the repo.
  const spelling = [...(await scanSpelling([dir], dir)), ...(await scanSpelling([rendererDir], repoRoot))];
  for (const p of spelling) {
    errors.push({ file: p.file, path: `line ${p.line}`, message: `British spelling "${p.word}" (write ${p.suggestion})` });
  }

  if (result.ok && errors.length === 0) {
    const { questions, categories, criteria } = result.library;
    return {
      code: 0,
      stdout: `content ok: ${questions.length} questions, ${categories.length} categories, ${criteria.length} criteria\n`,
      stderr: '',
    };
  }
  const count = errors.length;
  return {
    code: 1,
    stdout: '',
    stderr: `content invalid in ${dir} (${count} ${count === 1 ? 'error' : 'errors'}):\n${formatContentErrors(errors)}\n`,
  };
}
