import { describe, expect, it } from 'vitest';
import { useTestStudios } from '#tests/support/studio.js';
import { useTempDirs } from '#tests/support/temp-dir.js';
import { call, exportAll, exportPath, importBytes, readBytes } from '#tests/electron/services/data/support.js';
import { CHECKLIST_ENTRY } from '#electron/services/archive/archive-layout.js';
import { openArchive } from '#electron/services/archive/zip-read.js';
import { intentPath, writeIntent, type ImportIntent } from '#electron/services/imports/import-intent.js';
import { resolveInterruptedImport } from '#electron/services/imports/import-resume.js';

const tempDir = useTempDirs();
const studioOn = useTestStudios();

const tick = (studio: Awaited<ReturnType<typeof studioOn>>, itemId: string) => call(studio, 'checklist:tick', { itemId, checked: true });

async function exported(studio: Awaited<ReturnType<typeof studioOn>>, dir: string) {
  const status = await exportAll(studio);
  const file = exportPath(dir, status);
  const archive = await openArchive(file);
  const names = archive.entries.map((e) => e.name);
  archive.close();
  return { bytes: readBytes(file), names };
}

describe('"Before the interview" ticks in an export', () => {
  it('come back after a wipe, merge with the ticks here as a union, and are not added twice', async () => {
    const dir = tempDir();
    const studio = await studioOn(dir);
    await tick(studio, 'know-ehr-systems');
    await tick(studio, 'questions-to-ask');
    await call(studio, 'checklist:fold', { folded: true });
    const { bytes, names } = await exported(studio, dir);
    expect(names).toContain(CHECKLIST_ENTRY);

    await call(studio, 'data:deleteEverything', { confirm: 'DELETE EVERYTHING' });
    expect(await call(studio, 'checklist:get')).toEqual({ checked: [], folded: false });
    await tick(studio, 'rehearse-aloud'); // ticked here since: kept by the import

    const { preview, result } = await importBytes(studio, bytes);
    expect(preview.checklistTicks).toEqual({ total: 2, new: 2 });
    expect(result.checklistTicksAdded).toBe(2);
    // Folding is how this computer shows the list: it is not carried over.
    expect(await call(studio, 'checklist:get')).toEqual({
      checked: ['know-ehr-systems', 'questions-to-ask', 'rehearse-aloud'],
      folded: false,
    });

    const again = await importBytes(studio, bytes);
    expect(again.preview.checklistTicks).toEqual({ total: 2, new: 0 });
    expect(again.result.checklistTicksAdded).toBe(0);
    expect((await call(studio, 'checklist:get')).checked).toEqual(['know-ehr-systems', 'questions-to-ask', 'rehearse-aloud']);
  });

  it('an archive without ticks (nothing ticked, or made before ticks were exported) holds no such file and imports leaving the ticks here alone', async () => {
    const source = tempDir();
    const plain = await studioOn(source);
    await call(plain, 'settings:set', { thinkSeconds: 12 });
    const { bytes, names } = await exported(plain, source);
    expect(names).not.toContain(CHECKLIST_ENTRY);

    const studio = await studioOn(tempDir());
    await tick(studio, 'know-ehr-systems');
    const { preview, result } = await importBytes(studio, bytes, 'keep_newer', true);
    expect(preview.checklistTicks).toEqual({ total: 0, new: 0 });
    expect(result).toMatchObject({ settingsApplied: true, checklistTicksAdded: 0 });
    expect((await call(studio, 'checklist:get')).checked).toEqual(['know-ehr-systems']);
  });
});

describe('an import a kill interrupted after its answers were saved', () => {
  async function resume(practice: ImportIntent['practice']) {
    const dir = tempDir();
    const intent: ImportIntent = { version: 1, recordings: [], attempts: [], questions: [], practice, settings: null };
    await writeIntent(intentPath(dir), intent);
    let ticks = ['know-ehr-systems'];
    const outcome = await resolveInterruptedImport({
      intentFile: intentPath(dir),
      recordingsDir: dir,
      attempts: { get: () => undefined },
      settings: { set: () => undefined },
      practice: { checklistTicks: { list: () => ticks, replace: (ids) => void (ticks = [...ids]) } },
    });
    return { outcome, ticks };
  }

  it('puts the ticks it was writing in place at the next start', async () => {
    const practice = { profile: null, suspended: null, mockSessions: null, checklistTicks: ['know-ehr-systems', 'questions-to-ask'] };
    expect(await resume(practice)).toEqual({ outcome: 'completed', ticks: ['know-ehr-systems', 'questions-to-ask'] });
  });

  it('leaves the ticks alone for an intent written before ticks were imported', async () => {
    expect(await resume({ profile: null, suspended: null, mockSessions: null })).toEqual({
      outcome: 'completed',
      ticks: ['know-ehr-systems'],
    });
  });
});
