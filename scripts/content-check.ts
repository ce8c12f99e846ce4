/**
 * Checks the question bank before it ships: `npm run content:check [DIR]`.
 * DIR defaults to the repo's content/ folder, found from this file so the working directory does not matter.
 *
 * Beyond the files' own validation (schema, links, near-duplicates, placeholders, STAR only on
 * behavioral questions), it checks the bank against the guide's own words, and that content/ and
 * the renderer's UI text use American spelling (scripts/content-check/check-content.ts).
 */
import path from 'node:path';
import { repoRootFrom } from '#electron/core/repo-root.js';
import { checkContent } from './content-check/check-content.js';

const repoRoot = repoRootFrom(import.meta.url);
const dir = path.resolve(process.argv[2] ?? path.join(repoRoot, 'content'));

const { code, stdout, stderr } = await checkContent(dir, repoRoot);
process.stdout.write(stdout);
process.stderr.write(stderr);
process.exitCode = code;
