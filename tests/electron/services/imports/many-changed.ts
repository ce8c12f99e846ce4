import fs from 'node:fs';
import path from 'node:path';
import { loadContentDir } from '#electron/services/library/library.js';
import { loadJournal, replaceJournal } from '#electron/services/attempts/journal.js';
import { repoRoot } from '#tests/support/browser-host-process.js';
import { writeBulkAttempts } from '#tests/support/bulk-attempts.js';
import { openTestStudio } from '#tests/support/studio.js';
import { fixedClock } from '#tests/support/temp-dir.js';
import { exportAll, exportPath, QUESTION_A, QUESTION_B, recordAnswer } from '#tests/electron/services/data/support.js';

export const NOW = '2026-11-27T18:00:00.000Z';
export const IMPORTED_NOTE = 'the version from the archive';

/**
 * A data folder with `count` answers (two of them with audio) and an archive in which every one of
 * them was changed elsewhere (a new note): importing it with take_imported replaces them all.
 */
export async function folderAndChangedArchive(
  count: number,
  dirs: { target: string; source: string },
): Promise<{ target: string; archive: string; ids: string[] }> {
  const content = await loadContentDir(path.join(repoRoot, 'content'));
  if (!content.ok) throw new Error('content invalid');
  const { target, source } = dirs;
  writeBulkAttempts(target, { count: count - 2, questions: content.library.questions, end: new Date(NOW), days: 200 });
  const studio = await openTestStudio(target, fixedClock(NOW));
  await recordAnswer(studio, QUESTION_A);
  await recordAnswer(studio, QUESTION_B);
  await studio.close();

  // The same history, changed on another computer.
  fs.cpSync(target, source, { recursive: true });
  const journal = path.join(source, 'attempts', 'attempts.jsonl');
  const loaded = await loadJournal(journal, 'x');
  const changed = [...loaded.attempts.values()].map((a) => ({ ...a, review: { ...a.review, nextTime: IMPORTED_NOTE } }));
  await replaceJournal(journal, changed);
  const exporter = await openTestStudio(source, fixedClock(NOW));
  const archive = exportPath(source, await exportAll(exporter));
  await exporter.close();
  return { target, archive, ids: changed.map((a) => a.id) };
}
