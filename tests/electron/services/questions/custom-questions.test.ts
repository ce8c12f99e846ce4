import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { randomCustomId } from '#electron/services/questions/custom-questions.js';
import { DEFAULT_DIFFICULTY, DEFAULT_FOLLOW_UP, DEFAULT_STAR_HINT } from '#electron/services/questions/defaults.js';
import { CUSTOM_QUESTIONS_FILE } from '#electron/services/questions/questions-file.js';
import { StudioError } from '#shared/contract/errors.js';
import { SlugSchema } from '#shared/content/schema.js';
import { useTempDirs } from '#tests/support/temp-dir.js';
import { builtInLibrary, openStore, postingDraft } from './support.js';

const tempDir = useTempDirs();

async function refusal(pending: Promise<unknown>): Promise<StudioError> {
  const error = await pending.then(
    () => null,
    (e: unknown) => e,
  );
  if (!(error instanceof StudioError)) throw new Error(`expected a StudioError, got ${String(error)}`);
  return error;
}

describe('custom questions', () => {
  it('creates a question with defaults for what was left empty, and keeps it across a reopen', async () => {
    const dir = tempDir();
    const { store, clock } = await openStore(dir);
    const created = await store.create(postingDraft());
    expect(created).toMatchObject({
      id: 'custom-test1',
      categoryId: 'ehr-technology',
      criteriaIds: ['specific-example', 'ehr-technology'], // the guide's order
      starHint: DEFAULT_STAR_HINT,
      followUps: [DEFAULT_FOLLOW_UP],
      difficulty: DEFAULT_DIFFICULTY,
      createdAt: clock().toISOString(),
      updatedAt: clock().toISOString(),
    });
    expect(created.listenFor).toBe(
      'Whether the answer shows a concrete example; and EHR and scheduling software. Each criterion in the review says how to hear it on the recording.',
    );
    expect(store.revision()).toBe(1);

    const reopened = (await openStore(dir)).store;
    expect(reopened.list()).toEqual([created]);
  });

  it('keeps what the user wrote in the optional fields, dropping empty follow-ups and repeated criteria', async () => {
    const { store } = await openStore(tempDir());
    const created = await store.create(
      postingDraft({
        criteriaIds: ['star', 'star', 'empathy'],
        listenFor: 'A calm, specific story.',
        starHint: 'Pick the Epic rollout.',
        followUps: ['', 'How long did it take?'],
        difficulty: 'hard',
      }),
    );
    expect(created).toMatchObject({
      criteriaIds: ['star', 'empathy'],
      listenFor: 'A calm, specific story.',
      starHint: 'Pick the Epic rollout.',
      followUps: ['How long did it take?'],
      difficulty: 'hard',
    });
  });

  it('updates a question in place, keeping its id and creation time, and only when something changed', async () => {
    const dir = tempDir();
    const { store, clock } = await openStore(dir);
    const created = await store.create(postingDraft());
    clock.advance(60_000);
    const same = await store.update(created.id, postingDraft());
    expect(same).toBe(created);
    expect(store.revision()).toBe(1);

    const updated = await store.update(created.id, postingDraft({ text: 'How do you learn new software?', difficulty: 'easy' }));
    expect(updated).toMatchObject({
      id: created.id,
      text: 'How do you learn new software?',
      difficulty: 'easy',
      createdAt: created.createdAt,
    });
    expect(updated.updatedAt).toBe(clock().toISOString());
    expect((await openStore(dir)).store.list()).toEqual([updated]);
  });

  it('deletes a question, and the deletion lasts', async () => {
    const dir = tempDir();
    const { store } = await openStore(dir);
    const kept = await store.create(postingDraft());
    const gone = await store.create(
      postingDraft({
        text: 'Why do you want to work at Riverside Family Practice?',
        categoryId: 'facility-fit',
        criteriaIds: ['tailoring'],
      }),
    );
    await store.remove(gone.id);
    expect(store.list()).toEqual([kept]);
    expect((await openStore(dir)).store.list()).toEqual([kept]);
    expect((await refusal(store.remove(gone.id))).code).toBe('not_found');
  });

  it('refuses to change or delete a built-in question, with a clear message, and writes nothing', async () => {
    const dir = tempDir();
    const { store } = await openStore(dir);
    const update = await refusal(store.update('insurance-denial', postingDraft()));
    expect(update.code).toBe('conflict');
    expect(update.message).toMatch(/built-in questions, which cannot be changed or deleted/);
    expect((await refusal(store.remove('insurance-denial'))).code).toBe('conflict');
    expect(fs.readdirSync(dir)).toEqual([]);
  });

  it.each([
    ['an unknown category', { categoryId: 'astrology' }, 'invalid_request', /unknown category "astrology"/],
    ['an unknown criterion', { criteriaIds: ['star', 'mind-reading'] }, 'invalid_request', /unknown criterion "mind-reading"/],
    [
      'the words of a built-in question, in other case and spacing',
      { text: "HOW DO YOU VERIFY A PATIENT'S  insurance before an appointment, and what do you look for!" },
      'conflict',
      /already in the list/,
    ],
  ])('refuses %s', async (_name, overrides, code, message) => {
    const dir = tempDir();
    const { store } = await openStore(dir);
    const error = await refusal(store.create(postingDraft(overrides)));
    expect(error.code).toBe(code);
    expect(error.message).toMatch(message);
    expect(store.list()).toEqual([]);
    expect(fs.readdirSync(dir)).toEqual([]);
  });

  it('refuses a second question with the same words as one of the user’s own', async () => {
    const { store } = await openStore(tempDir());
    await store.create(postingDraft());
    const error = await refusal(store.create(postingDraft({ categoryId: 'problem-solving-pressure' })));
    expect(error).toMatchObject({ code: 'conflict' });
    expect(error.message).toMatch(/one of your own/);
  });

  it('writes the file atomically: owner-only, no temporary file left, and a failed save changes nothing', async () => {
    const dir = tempDir();
    const { store } = await openStore(dir);
    await store.create(postingDraft());
    const file = path.join(dir, CUSTOM_QUESTIONS_FILE);
    expect(fs.statSync(file).mode & 0o777).toBe(0o600);
    expect(fs.readdirSync(dir)).toEqual([CUSTOM_QUESTIONS_FILE]);
    const before = fs.readFileSync(file);

    // A folder where the temporary file goes makes the next save fail before the file is touched.
    fs.mkdirSync(`${file}.tmp`);
    const error = await refusal(store.create(postingDraft({ text: 'What would you do if two doctors both needed the last slot?' })));
    expect(error.code).toBe('io_error');
    expect(fs.readFileSync(file)).toEqual(before);
    expect(store.list()).toHaveLength(1);
    expect(store.revision()).toBe(1);
    fs.rmdirSync(`${file}.tmp`);

    // A stale temporary file from a crash is ignored on load and replaced on the next save.
    fs.writeFileSync(`${file}.tmp`, '{"half');
    const reopened = (await openStore(dir)).store;
    expect(reopened.list()).toHaveLength(1);
    await reopened.create(postingDraft({ text: 'What would you do if two doctors both needed the last slot?' }));
    expect(fs.readdirSync(dir)).toEqual([CUSTOM_QUESTIONS_FILE]);
    expect(JSON.parse(fs.readFileSync(file, 'utf8')).questions).toHaveLength(2);
  });

  it('runs changes one at a time, so two saves at once both land', async () => {
    const dir = tempDir();
    const { store } = await openStore(dir);
    await Promise.all([
      store.create(postingDraft()),
      store.create(postingDraft({ text: 'Describe your ideal front office.', categoryId: 'facility-fit', criteriaIds: ['tailoring'] })),
    ]);
    expect((await openStore(dir)).store.list().map((q) => q.id)).toEqual(['custom-test1', 'custom-test2']);
  });

  it('makes random ids that are slugs and never built-in ids', async () => {
    const library = await builtInLibrary();
    for (let i = 0; i < 200; i++) {
      const id = randomCustomId();
      expect(SlugSchema.safeParse(id).success).toBe(true);
      expect(id).toMatch(/^custom-[a-z0-9]{10}$/);
      expect(library.questions.some((q) => q.id === id)).toBe(false);
    }
  });
});

describe('custom question text', () => {
  it('is saved without bidirectional overrides or invisible characters, on create and on edit', async () => {
    const { store } = await openStore(tempDir());
    const created = await store.create(postingDraft({ text: 'Tell me about \u202Eetad a\u202C time you fixed a double booking.' }));
    expect(created.text).toBe('Tell me about etad a time you fixed a double booking.');
    const edited = await store.update(created.id, postingDraft({ text: 'How do you \u200Bprotect\u2067 patient privacy?\u2069' }));
    expect(edited.text).toBe('How do you protect patient privacy?');
  });
});
