import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Studio } from '#electron/core/open-studio.js';
import { snapshotFolder } from '#tests/support/folder-snapshot.js';
import { useTestStudios } from '#tests/support/studio.js';
import { fixedClock, useTempDirs } from '#tests/support/temp-dir.js';
import { postingDraft } from '#tests/electron/services/questions/support.js';
import { jsonBytes, parseEntry, rawZip, readEntries } from '#tests/electron/services/data/raw-zip.js';
import {
  call,
  exportAll,
  exportPath,
  failure,
  importBytes,
  readBytes,
  recordAnswer,
  recordingFiles,
  review,
  upload,
} from '#tests/electron/services/data/support.js';

const tempDir = useTempDirs();
const openStudio = useTestStudios();
async function studioOn(dir = tempDir(), clock = fixedClock()) {
  return { studio: await openStudio(dir, clock), dir, clock };
}
const exportBytes = async (studio: Studio) => readBytes(exportPath((await call(studio, 'app:info')).dataDir, await exportAll(studio)));
const customIn = async (studio: Studio) => (await call(studio, 'library:get')).questions.filter((q) => q.custom);

const SECOND = { text: 'Why do you want to work at Riverside Family Practice?', categoryId: 'facility-fit', criteriaIds: ['tailoring'] };

describe('custom questions in export and import', () => {
  it('travel with the answers to another data folder, where they can be practised, and a second import changes nothing', async () => {
    const source = await studioOn();
    const question = await call(source.studio, 'questions:create', postingDraft({ followUps: ['Which one?'] }));
    await call(source.studio, 'questions:create', postingDraft(SECOND));
    const answer = await recordAnswer(source.studio, question.id);
    await call(source.studio, 'attempts:review', { attemptId: answer.id, review: review() });
    const archive = await exportBytes(source.studio);

    const entries = await readEntries(archive);
    const file = parseEntry<{ questions: Record<string, unknown>[] }>(entries, 'custom-questions.json');
    expect(file.questions.map((q) => q.id)).toEqual([question.id, expect.stringMatching(/^custom-/)]);
    expect(file.questions[0]).toMatchObject({ followUps: ['Which one?'], createdAt: expect.any(String), updatedAt: expect.any(String) });
    expect(parseEntry<{ counts: { customQuestions: number } }>(entries, 'manifest.json').counts.customQuestions).toBe(2);

    const target = await studioOn();
    const { preview, result } = await importBytes(target.studio, archive);
    expect(preview).toMatchObject({ customQuestions: 2, customQuestionPlan: { new: 2, identical: 0, conflicts: 0, skipped: 0 } });
    expect(result).toMatchObject({ added: 1, customQuestionsAdded: 2, customQuestionsUpdated: 0, customQuestionsSkipped: 0 });
    expect(await customIn(target.studio)).toEqual(await customIn(source.studio));
    expect(await call(target.studio, 'attempts:list', { questionId: question.id })).toHaveLength(1);
    await recordAnswer(target.studio, question.id);

    const again = await importBytes(target.studio, archive);
    expect(again.preview.customQuestionPlan).toEqual({ new: 0, identical: 2, conflicts: 0, skipped: 0 });
    expect(again.result).toMatchObject({ customQuestionsAdded: 0, customQuestionsUpdated: 0 });

    // Kept across a restart: the import wrote the questions file.
    await target.studio.close();
    const reopened = await studioOn(target.dir);
    expect((await customIn(reopened.studio)).map((q) => q.id)).toEqual((await customIn(source.studio)).map((q) => q.id));
  });

  it('resolve a question edited on both sides like answers: the newer edit by default, or the side chosen', async () => {
    const { studio, clock } = await studioOn();
    const question = await call(studio, 'questions:create', postingDraft({ difficulty: 'easy' }));
    clock.advance(60_000);
    await call(studio, 'questions:update', { questionId: question.id, question: postingDraft({ difficulty: 'medium' }) });
    const withOlder = await exportBytes(studio);
    clock.advance(60_000);
    await call(studio, 'questions:update', { questionId: question.id, question: postingDraft({ difficulty: 'hard' }) });
    const withNewer = await exportBytes(studio);
    const difficulty = async () => (await customIn(studio))[0]!.difficulty;

    const first = await importBytes(studio, withOlder);
    expect(first.preview.customQuestionPlan).toMatchObject({ conflicts: 1 });
    expect(first.result).toMatchObject({ customQuestionsUpdated: 0 });
    expect(await difficulty()).toBe('hard');

    expect((await importBytes(studio, withOlder, 'take_imported')).result).toMatchObject({ customQuestionsUpdated: 1 });
    expect(await difficulty()).toBe('medium');
    const taken = (await customIn(studio))[0]!;
    expect(taken.id).toBe(question.id);

    expect((await importBytes(studio, withNewer)).result).toMatchObject({ customQuestionsUpdated: 1 });
    expect(await difficulty()).toBe('hard');

    clock.advance(60_000);
    await call(studio, 'questions:update', { questionId: question.id, question: postingDraft({ difficulty: 'easy' }) });
    await importBytes(studio, withNewer, 'keep_mine');
    expect(await difficulty()).toBe('easy');
  });

  it('skip a question naming a category or criterion this version lacks, and import the rest', async () => {
    const source = await studioOn();
    await call(source.studio, 'questions:create', postingDraft());
    const entries = await readEntries(await exportBytes(source.studio));
    const file = parseEntry<{ questions: Record<string, unknown>[] }>(entries, 'custom-questions.json');
    const odd = { ...file.questions[0], id: 'custom-from-the-future', text: 'Another question?', categoryId: 'telehealth' };
    const oddBuiltIn = { ...file.questions[0], id: 'insurance-denial', text: 'Yet another question?' };
    const archive = rawZip(
      entries.map((e) =>
        e.name === 'custom-questions.json' ? { ...e, data: jsonBytes({ questions: [...file.questions, odd, oddBuiltIn] }) } : e,
      ),
    );

    const target = await studioOn();
    const { preview, result } = await importBytes(target.studio, archive);
    expect(preview.customQuestionPlan).toEqual({ new: 1, identical: 0, conflicts: 0, skipped: 2 });
    expect(result).toMatchObject({ customQuestionsAdded: 1, customQuestionsSkipped: 2 });
    expect((await customIn(target.studio)).map((q) => q.id)).toEqual([file.questions[0]!.id]);
    const builtIn = (await call(target.studio, 'library:get')).questions.find((q) => q.id === 'insurance-denial')!;
    expect(builtIn.custom).toBe(false);
    expect(builtIn.text).not.toBe('Yet another question?');
  });

  it('are checked before anything is written: a malformed questions file refuses the whole archive', async () => {
    const source = await studioOn();
    await call(source.studio, 'questions:create', postingDraft());
    await recordAnswer(source.studio);
    const entries = await readEntries(await exportBytes(source.studio));
    const archive = rawZip(
      entries.map((e) =>
        e.name === 'custom-questions.json' ? { ...e, data: jsonBytes({ questions: [{ id: 'custom-x', text: '' }] }) } : e,
      ),
    );

    const target = await studioOn();
    await call(target.studio, 'questions:create', postingDraft(SECOND));
    const before = snapshotFolder(target.dir);
    const { importId } = await call(target.studio, 'imports:begin', { totalBytes: archive.byteLength });
    await call(target.studio, 'imports:append', { importId, seq: 0, bytes: new Uint8Array(archive) });
    const refused = await failure(target.studio, 'imports:finish', { importId });
    expect(refused.message).toMatch(/custom-questions\.json does not match/);
    expect(snapshotFolder(target.dir)).toBe(before);
    expect(await call(target.studio, 'attempts:list', {})).toEqual([]);
  });

  it('roll the answers back with them when the questions cannot be written', async () => {
    const source = await studioOn();
    await call(source.studio, 'questions:create', postingDraft());
    await recordAnswer(source.studio);
    await call(source.studio, 'settings:set', { thinkSeconds: 12 });
    const archive = await exportBytes(source.studio);

    const target = await studioOn();
    const preview = await upload(target.studio, archive);
    // A folder where the questions file's temporary copy goes makes that write fail, after the answers were written.
    mkdirSync(path.join(target.dir, 'custom-questions.json.tmp'));
    const refused = await failure(target.studio, 'imports:apply', {
      importId: preview.importId,
      conflicts: 'keep_newer',
      takeSettings: true,
    });
    expect(refused.code).toBe('io_error');
    expect(await customIn(target.studio)).toEqual([]);
    expect(await call(target.studio, 'attempts:list', {})).toEqual([]);
    expect(recordingFiles(target.dir).size).toBe(0);
    expect((await call(target.studio, 'settings:get')).thinkSeconds).not.toBe(12);
  });

  it('an answer to a deleted question exports with "(deleted question)" as its question', async () => {
    const { studio } = await studioOn();
    const question = await call(studio, 'questions:create', postingDraft());
    await recordAnswer(studio, question.id);
    await call(studio, 'questions:delete', { questionId: question.id });
    const entries = await readEntries(await exportBytes(studio));
    const csv = Buffer.from(entries.find((e) => e.name === 'attempts.csv')!.data).toString('utf8');
    expect(csv.split('\n')[1]).toContain(`${question.id},(deleted question),`);
    expect(entries.some((e) => e.name === 'custom-questions.json')).toBe(false);
  });
});
