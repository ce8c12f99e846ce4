import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Studio } from '#electron/core/open-studio.js';
import { CUSTOM_QUESTIONS_FILE } from '#electron/services/questions/questions-file.js';
import { openTestStudio } from '#tests/support/studio.js';
import { useTempDirs } from '#tests/support/temp-dir.js';
import { call } from '#tests/electron/services/data/support.js';
import { builtInLibrary, openStore, postingDraft } from './support.js';

const tempDir = useTempDirs();
const open: Studio[] = [];
afterEach(async () => {
  for (const studio of open.splice(0)) await studio.close();
});

const stored = (id: string, overrides: Record<string, unknown> = {}) => ({
  id,
  text: `Question ${id}?`,
  categoryId: 'ehr-technology',
  criteriaIds: ['ehr-technology'],
  listenFor: 'Names the system.',
  starHint: 'One story.',
  followUps: ['And then?'],
  difficulty: 'medium',
  createdAt: '2026-11-01T09:00:00.000Z',
  updatedAt: '2026-11-01T09:00:00.000Z',
  ...overrides,
});

function writeFile(dir: string, content: string): string {
  const file = path.join(dir, CUSTOM_QUESTIONS_FILE);
  fs.writeFileSync(file, content);
  return file;
}

const asideFiles = (dir: string) => fs.readdirSync(dir).filter((n) => n.startsWith(`${CUSTOM_QUESTIONS_FILE}.damaged-`));

describe('a damaged questions file', () => {
  it.each([
    ['empty', '', /the file is empty/],
    ['cut short', '{"version":1,"questions":[{"id":"custom-a', /not valid JSON/],
    ['of another layout', '[1,2,3]', /expected layout/],
  ])('that is %s is kept aside, the user told, and the app starts with no custom questions', async (_name, content, reason) => {
    const dir = tempDir();
    writeFile(dir, content);
    const { store, notices } = await openStore(dir);
    expect(store.list()).toEqual([]);
    const [aside] = asideFiles(dir);
    expect(fs.readFileSync(path.join(dir, aside!), 'utf8')).toBe(content);
    const [notice] = notices.list();
    expect(notice).toMatchObject({ kind: 'content_error', level: 'warning' });
    expect(notice!.message).toMatch(reason);
    expect(notice!.message).toContain(path.join(dir, aside!));
    expect(notice!.message).toMatch(/built-in questions are all here/);
  });

  it('keeps the valid questions and names each one skipped, and why', async () => {
    const dir = tempDir();
    const questions = [
      stored('custom-good1'),
      stored('custom-bad-category', { categoryId: 'astrology' }),
      stored('custom-bad-criterion', { criteriaIds: ['ehr-technology', 'telepathy'] }),
      stored('custom-good1', { text: 'The same id again?' }),
      stored('insurance-denial'),
      stored('custom-no-text', { text: '' }),
      stored('custom-good2'),
    ];
    const content = JSON.stringify({ version: 1, questions });
    writeFile(dir, content);
    const { store, notices } = await openStore(dir);
    expect(store.list().map((q) => q.id)).toEqual(['custom-good1', 'custom-good2']);

    const message = notices.list()[0]!.message;
    expect(message).toMatch(/^5 of your own questions could not be read and were left out/);
    expect(message).toContain('question 2 (custom-bad-category): unknown category "astrology"');
    expect(message).toContain('question 3 (custom-bad-criterion): unknown criterion "telepathy"');
    expect(message).toContain('question 4 (custom-good1): the id "custom-good1" is used twice');
    expect(message).toMatch(/and 2 more/);
    expect(message).toMatch(/the other 2 are here/);
    expect(fs.readFileSync(path.join(dir, asideFiles(dir)[0]!), 'utf8')).toBe(content);

    // The file now holds what was kept, so the next start is quiet.
    const again = await openStore(dir);
    expect(again.store.list().map((q) => q.id)).toEqual(['custom-good1', 'custom-good2']);
    expect(again.notices.list()).toEqual([]);
    expect(asideFiles(dir)).toHaveLength(1);
  });

  it('never blocks the built-in bank: the app starts, with every built-in question and the good custom ones', async () => {
    const dir = tempDir();
    writeFile(dir, JSON.stringify({ version: 1, questions: [stored('custom-good1'), stored('custom-bad', { difficulty: 'impossible' })] }));
    const studio = await openTestStudio(dir);
    open.push(studio);
    const library = await call(studio, 'library:get');
    expect(library.questions.filter((q) => !q.custom)).toHaveLength((await builtInLibrary()).questions.length);
    expect(library.questions.filter((q) => q.custom).map((q) => q.id)).toEqual(['custom-good1']);
    const notices = await call(studio, 'app:notices');
    expect(notices.map((n) => n.message).join('\n')).toMatch(/question 2 \(custom-bad\): difficulty/);
  });

  it('that cannot be read at all is left alone, and nothing replaces it', async () => {
    const dir = tempDir();
    // A folder in the file's place: reading fails with EISDIR, as a permissions problem would fail.
    fs.mkdirSync(path.join(dir, CUSTOM_QUESTIONS_FILE));
    const { store, notices } = await openStore(dir);
    expect(store.list()).toEqual([]);
    expect(notices.list()[0]!.message).toMatch(/could not be read .*EISDIR.*left as it is/);
    await expect(store.create(postingDraft())).rejects.toMatchObject({ code: 'io_error' });
    expect(fs.statSync(path.join(dir, CUSTOM_QUESTIONS_FILE)).isDirectory()).toBe(true);
  });
});
