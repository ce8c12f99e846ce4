/**
 * Checks the question bank before it ships: `npm run content:check [DIR]`.
 * DIR defaults to the repo's content/ folder, found from this file so the working directory does not matter.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatContentErrors, loadContentDir } from '#electron/services/library/library.js';

const defaultDir = fileURLToPath(new URL('../content/', import.meta.url));
const dir = path.resolve(process.argv[2] ?? defaultDir);

const result = await loadContentDir(dir);
if (result.ok) {
  const { questions, categories, criteria } = result.library;
  console.log(`content ok: ${questions.length} questions, ${categories.length} categories, ${criteria.length} criteria`);
} else {
  const count = result.errors.length;
  console.error(`content invalid in ${dir} (${count} ${count === 1 ? 'error' : 'errors'}):`);
  console.error(formatContentErrors(result.errors));
  process.exitCode = 1;
}
