import { describe, expect, it } from 'vitest';
import { snapshotFolder } from '#tests/support/folder-snapshot.js';
import { useTestStudios } from '#tests/support/studio.js';
import { useTempDirs } from '#tests/support/temp-dir.js';
import { call, exportAll, failure, recordAnswer } from '#tests/electron/services/data/support.js';
import { builtInLibrary, postingDraft } from './support.js';

const tempDir = useTempDirs();
const openStudio = useTestStudios();
const studioOn = (dir: string) => openStudio(dir);

describe('custom questions through the channels', () => {
  it('adds a question that the library lists after its category’s built-in ones and that can be practised at once', async () => {
    const studio = await studioOn(tempDir());
    const created = await call(studio, 'questions:create', postingDraft());
    expect(created).toMatchObject({ custom: true, categoryId: 'ehr-technology' });
    expect(created.id).toMatch(/^custom-[a-z0-9]{10}$/);

    const library = await call(studio, 'library:get');
    const ids = library.questions.map((q) => q.id);
    const ehr = library.questions.filter((q) => q.categoryId === 'ehr-technology');
    expect(ehr.at(-1)).toEqual(created);
    expect(ids.indexOf(created.id)).toBe(ids.indexOf(ehr.at(-2)!.id) + 1);

    const attempt = await recordAnswer(studio, created.id);
    expect(attempt.questionId).toBe(created.id);
    const summary = await call(studio, 'progress:summary', { timeZone: 'UTC' });
    expect(summary.totals).toMatchObject({ questionsTotal: (await builtInLibrary()).questions.length + 1, questionsPractised: 1 });
    const due = await call(studio, 'schedule:due', { timeZone: 'UTC' });
    expect(due.items.some((i) => i.questionId === created.id)).toBe(true);
  });

  it('counts a new question in progress at once, though no answer changed', async () => {
    const studio = await studioOn(tempDir());
    expect((await call(studio, 'progress:summary', { timeZone: 'UTC' })).totals.questionsTotal).toBe(
      (await builtInLibrary()).questions.length,
    );
    await call(studio, 'questions:create', postingDraft());
    expect((await call(studio, 'progress:summary', { timeZone: 'UTC' })).totals.questionsTotal).toBe(
      (await builtInLibrary()).questions.length + 1,
    );
  });

  it('edits a question, and refuses to edit or delete a built-in one', async () => {
    const studio = await studioOn(tempDir());
    const created = await call(studio, 'questions:create', postingDraft());
    const edited = await call(studio, 'questions:update', { questionId: created.id, question: postingDraft({ difficulty: 'hard' }) });
    expect(edited).toMatchObject({ id: created.id, difficulty: 'hard', custom: true });
    expect((await call(studio, 'library:get')).questions.find((q) => q.id === created.id)).toEqual(edited);

    const refusedEdit = await failure(studio, 'questions:update', { questionId: 'insurance-denial', question: postingDraft() });
    expect(refusedEdit).toMatchObject({ code: 'conflict', message: expect.stringMatching(/built-in/) });
    expect(await failure(studio, 'questions:delete', { questionId: 'insurance-denial' })).toMatchObject({ code: 'conflict' });
  });

  it('deletes a question but keeps its answers, which still count and still export', async () => {
    const dir = tempDir();
    const studio = await studioOn(dir);
    const created = await call(studio, 'questions:create', postingDraft());
    const answer = await recordAnswer(studio, created.id);
    await call(studio, 'attempts:review', {
      attemptId: answer.id,
      review: { marks: { 'ehr-technology': 'met' }, criterionNotes: {}, rating: 4, nextTime: '' },
    });

    expect(await call(studio, 'questions:delete', { questionId: created.id })).toEqual({ deleted: true, answersKept: 1 });
    expect((await call(studio, 'library:get')).questions.some((q) => q.id === created.id)).toBe(false);
    expect(await call(studio, 'attempts:list', { questionId: created.id })).toHaveLength(1);

    // Nothing that reads answers trips over one whose question is gone.
    const summary = await call(studio, 'progress:summary', { timeZone: 'UTC' });
    expect(summary.totals).toMatchObject({ attempts: 1, questionsTotal: (await builtInLibrary()).questions.length, questionsPractised: 0 });
    expect(await call(studio, 'progress:questions')).toEqual([expect.objectContaining({ questionId: created.id, attempts: 1 })]);
    expect((await call(studio, 'schedule:due', { timeZone: 'UTC' })).items.some((i) => i.questionId === created.id)).toBe(false);
    expect((await call(studio, 'mock:start', { questionCount: 6, timeZone: 'UTC' })).questionIds).not.toContain(created.id);
    expect(await exportAll(studio)).toMatchObject({ state: 'done', attemptCount: 1 });

    // A new answer to it cannot begin: the question is gone.
    expect(await failure(studio, 'recordings:begin', { questionId: created.id, mimeType: 'audio/webm;codecs=opus' })).toMatchObject({
      code: 'not_found',
    });
  });

  it('refuses malformed requests before anything is written', async () => {
    const dir = tempDir();
    const studio = await studioOn(dir);
    await call(studio, 'questions:create', postingDraft());
    const before = snapshotFolder(dir);
    const cases: [string, unknown][] = [
      ['questions:create', { ...postingDraft(), text: '   ' }],
      ['questions:create', { ...postingDraft(), criteriaIds: [] }],
      ['questions:create', { ...postingDraft(), categoryId: '../etc' }],
      ['questions:create', { ...postingDraft(), id: 'custom-chosen-by-me' }],
      ['questions:create', { ...postingDraft(), custom: true }],
      ['questions:create', { ...postingDraft(), text: 'x'.repeat(501) }],
      ['questions:create', { ...postingDraft(), followUps: ['a', 'b', 'c', 'd'] }],
      ['questions:create', { ...postingDraft(), difficulty: 'impossible' }],
      ['questions:update', { questionId: 'custom-x', question: { text: 'only text' } }],
      ['questions:update', { questionId: 'Custom X', question: postingDraft() }],
      ['questions:delete', { questionId: '' }],
      ['questions:delete', {}],
    ];
    for (const [channel, payload] of cases) {
      const result = await studio.dispatch(channel, payload);
      expect(result, `${channel} ${JSON.stringify(payload).slice(0, 80)}`).toMatchObject({ ok: false, error: { code: 'invalid_request' } });
    }
    expect(await failure(studio, 'questions:update', { questionId: 'custom-nothing', question: postingDraft() })).toMatchObject({
      code: 'not_found',
    });
    expect(await failure(studio, 'questions:delete', { questionId: 'custom-nothing' })).toMatchObject({ code: 'not_found' });
    expect(snapshotFolder(dir)).toBe(before);
  });
});
