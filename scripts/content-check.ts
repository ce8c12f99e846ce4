/**
 * Checks the question bank before it ships: `npm run content:check [DIR]`.
 * DIR defaults to the repo's content/ folder, found from this file so the working directory does not matter.
 *
 * Beyond the files' own validation (schema, links, near-duplicates, placeholders, STAR only on
 * behavioral questions), it checks the bank against the guide's own words, and that content/ and
 * the renderer's UI text use American spelling.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { repoRootFrom } from '#electron/core/repo-root.js';
import { formatContentErrors, loadContentDir } from '#electron/services/library/library.js';
import { checkGuideCoverage } from '#shared/content/guide-coverage.js';
import type { ContentError } from '#shared/content/validate.js';
import { scanSpelling } from './content-check/spelling-scan.js';

const repoRoot = repoRootFrom(import.meta.url);
const dir = path.resolve(process.argv[2] ?? path.join(repoRoot, 'content'));
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
  console.log(`content ok: ${questions.length} questions, ${categories.length} categories, ${criteria.length} criteria`);
} else {
  const count = errors.length;
  console.error(`content invalid in ${dir} (${count} ${count === 1 ? 'error' : 'errors'}):`);
  console.error(formatContentErrors(errors));
  process.exitCode = 1;
}
