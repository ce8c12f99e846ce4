import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadContentDir } from '#electron/services/library/library.js';
import { checkContent } from '#scripts/content-check/check-content.js';
import { bundledScript } from '#tests/support/bundle-child.js';
import { useTempDirs } from '#tests/support/temp-dir.js';

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
const repoContent = path.join(repoRoot, 'content');

type Run = { code: number | null; stdout: string; stderr: string };

/** Runs the CLI's code as a separate process from the repo root (bundled once: see bundledScript). */
function runCheck(args: string[]): Run {
  return runCheckFrom(repoRoot, args);
}

/** Same, from another folder. */
function runCheckFrom(cwd: string, args: string[] = []): Run {
  const run = spawnSync(process.execPath, [bundledScript('scripts/content-check.ts'), ...args], { cwd, encoding: 'utf8', timeout: 60_000 });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

/**
 * The CLI's output and exit code for a content folder, computed in this process: a process start
 * costs about 2 s of CPU (TypeScript loads and warms up to read the renderer's strings), and the
 * spawned runs above already prove that the command prints this and exits with this code.
 */
const checkInProcess = (dir: string): Promise<Run> => checkContent(dir, repoRoot);

describe('content:check', () => {
  const tempDir = useTempDirs();

  it('passes the shipped content with exactly one summary line', async () => {
    const loaded = await loadContentDir(repoContent);
    if (!loaded.ok) throw new Error('shipped content is invalid');
    const { questions, categories, criteria } = loaded.library;

    const run = runCheck([]);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(`content ok: ${questions.length} questions, ${categories.length} categories, ${criteria.length} criteria\n`);
  });

  it('finds the content folder from the script, not from the working directory', () => {
    const run = runCheckFrom(tempDir());
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^content ok: \d+ questions, \d+ categories, \d+ criteria\n$/);
  });

  it('fails on a broken copy and names each problem by file and path on stderr', () => {
    const dir = path.join(tempDir(), 'content');
    fs.cpSync(repoContent, dir, { recursive: true });
    const file = path.join(dir, 'questions', 'billing-insurance.json');
    const questions = JSON.parse(fs.readFileSync(file, 'utf8')) as { criteriaIds: string[] }[];
    questions[1]!.criteriaIds = ['not-a-criterion'];
    fs.writeFileSync(file, JSON.stringify(questions));
    fs.writeFileSync(path.join(dir, 'categories.json'), '{ broken');

    const run = runCheck([dir]);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('questions/billing-insurance.json: questions[1].criteriaIds[0]: unknown criterion "not-a-criterion"');
    expect(run.stderr).toMatch(/^categories\.json: not valid JSON: /m);
  });

  it('fails on near-duplicates, placeholders and British spellings', async () => {
    const dir = path.join(tempDir(), 'content');
    fs.cpSync(repoContent, dir, { recursive: true });
    const file = path.join(dir, 'questions', 'billing-insurance.json');
    type Q = { id: string; text: string; listenFor: string; followUps: string[] };
    const questions = JSON.parse(fs.readFileSync(file, 'utf8')) as Q[];
    questions.push({ ...questions[0]!, id: 'denied-again', text: `${questions[0]!.text} Explain your steps.` });
    questions[1]!.listenFor += ' A colour-coded list helps.';
    questions[2]!.followUps = ['TBD'];
    fs.writeFileSync(file, JSON.stringify(questions));

    const run = await checkInProcess(dir);
    expect(run.code).toBe(1);
    const lines = run.stderr.split('\n');
    expect(lines).toContainEqual(
      expect.stringMatching(/^questions\/billing-insurance\.json: questions\[\d+\]\.text: near-duplicate of "insurance-denial"/),
    );
    expect(lines).toContain('questions/billing-insurance.json: questions[2].followUps[0]: placeholder text "TBD"');
    expect(lines).toContain('questions/billing-insurance.json: line 1: British spelling "colour" (write color)');
  });

  it('fails when a section of the guide is quoted by nothing in the bank', async () => {
    const dir = path.join(tempDir(), 'content');
    fs.cpSync(repoContent, dir, { recursive: true });
    const checklistsFile = path.join(dir, 'checklists.json');
    type Item = { id: string; source?: string; guideQuote?: string };
    const checklists = JSON.parse(fs.readFileSync(checklistsFile, 'utf8')) as { items: Item[] }[];
    for (const item of checklists[1]!.items) {
      item.source = 'coaching';
      delete item.guideQuote;
    }
    fs.writeFileSync(checklistsFile, JSON.stringify(checklists));

    const run = await checkInProcess(dir);
    expect(run.code).toBe(1);
    const lines = run.stderr.split('\n');
    expect(lines).toContainEqual(
      expect.stringMatching(/^docs\/patient-coordinator-interview-guide\.txt: section \d+ \("After the interview/),
    );
  });
});
