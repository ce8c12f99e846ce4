import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { formatContentErrors, loadContentDir } from '#electron/services/library/library.js';
import { useTempDirs } from '#tests/support/temp-dir.js';

const repoContent = fileURLToPath(new URL('../../../../content/', import.meta.url));

describe('loadContentDir on real folders', () => {
  const tempDir = useTempDirs();

  /** A private copy of the shipped content that a test may break. */
  function contentCopy(): string {
    const dir = path.join(tempDir(), 'content');
    fs.cpSync(repoContent, dir, { recursive: true });
    return dir;
  }

  it('loads good content with every question file', async () => {
    const dir = contentCopy();
    const result = await loadContentDir(dir);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const onDisk = fs
      .readdirSync(path.join(dir, 'questions'))
      .flatMap((f) => JSON.parse(fs.readFileSync(path.join(dir, 'questions', f), 'utf8')) as unknown[]);
    expect(result.library.questions).toHaveLength(onDisk.length);
    expect(result.library.criteria.length).toBeGreaterThan(0);
    expect(result.library.checklists.length).toBeGreaterThan(0);
  });

  it('reports a malformed JSON file by name', async () => {
    const dir = contentCopy();
    fs.writeFileSync(path.join(dir, 'questions', 'billing-insurance.json'), '[{ "id": "oops", ');
    const result = await loadContentDir(dir);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toEqual([
      { file: 'questions/billing-insurance.json', path: '', message: expect.stringMatching(/^not valid JSON: /) },
    ]);
  });

  it('reports a missing file by name', async () => {
    const dir = contentCopy();
    fs.rmSync(path.join(dir, 'criteria.json'));
    const result = await loadContentDir(dir);
    expect(result).toEqual({ ok: false, errors: [{ file: 'criteria.json', path: '', message: 'file is missing' }] });
  });

  it('reports a file that cannot be read', async () => {
    // A folder in the file's place fails to read on every platform, even for root (unlike chmod).
    const dir = contentCopy();
    fs.rmSync(path.join(dir, 'checklists.json'));
    fs.mkdirSync(path.join(dir, 'checklists.json'));
    const result = await loadContentDir(dir);
    expect(result).toEqual({
      ok: false,
      errors: [{ file: 'checklists.json', path: '', message: expect.stringMatching(/^cannot read file \(E[A-Z]+\)$/) }],
    });
  });

  it('reports a missing questions folder', async () => {
    const dir = contentCopy();
    fs.rmSync(path.join(dir, 'questions'), { recursive: true });
    const result = await loadContentDir(dir);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map((e) => e.file)).toEqual(['questions/']);
  });

  it('reports a path that is not a folder at all', async () => {
    const result = await loadContentDir(path.join(tempDir(), 'nowhere'));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map((e) => e.file)).toEqual(['criteria.json', 'categories.json', 'checklists.json', 'questions/']);
  });

  it('accepts a file saved with a byte-order mark and ignores files that are not JSON', async () => {
    const dir = contentCopy();
    const file = path.join(dir, 'criteria.json');
    fs.writeFileSync(file, `\uFEFF${fs.readFileSync(file, 'utf8')}`);
    fs.writeFileSync(path.join(dir, 'questions', 'README.md'), 'notes for editors');
    expect((await loadContentDir(dir)).ok).toBe(true);
  });
});

describe('formatContentErrors', () => {
  it('writes one line per error as file: path: message, leaving out an empty path', () => {
    const text = formatContentErrors([
      { file: 'questions/billing.json', path: 'questions[3].criteriaIds[1]', message: 'unknown criterion "x"' },
      { file: 'criteria.json', path: '', message: 'file is missing' },
    ]);
    expect(text.split('\n')).toEqual([
      'questions/billing.json: questions[3].criteriaIds[1]: unknown criterion "x"',
      'criteria.json: file is missing',
    ]);
  });
});
