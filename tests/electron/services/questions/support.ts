import path from 'node:path';
import type { Library } from '#shared/content/schema.js';
import type { CustomQuestionDraft } from '#shared/schemas/questions.js';
import { createNotices } from '#electron/services/storage/notices.js';
import { openCustomQuestions } from '#electron/services/questions/custom-questions.js';
import { loadContentDir } from '#electron/services/library/library.js';
import { repoRoot } from '#tests/support/browser-host-process.js';
import { fixedClock } from '#tests/support/temp-dir.js';

let builtIn: Library | null = null;

/** The shipped question bank, read once per test file. */
export async function builtInLibrary(): Promise<Library> {
  if (builtIn) return builtIn;
  const result = await loadContentDir(path.join(repoRoot, 'content'));
  if (!result.ok) throw new Error('the built-in content does not load');
  builtIn = result.library;
  return builtIn;
}

/** A question as a user might copy it from a job posting: only the required parts. */
export const postingDraft = (overrides: Partial<CustomQuestionDraft> = {}): CustomQuestionDraft => ({
  text: 'Our clinic uses athenahealth. Tell me about a time you learned a new scheduling system quickly.',
  categoryId: 'ehr-technology',
  criteriaIds: ['ehr-technology', 'specific-example'],
  ...overrides,
});

/** The store on a folder with its own notices, clock and predictable ids. */
export async function openStore(dataDir: string, clock = fixedClock()) {
  const notices = createNotices(clock);
  let next = 0;
  const store = await openCustomQuestions({
    dataDir,
    clock,
    builtIn: await builtInLibrary(),
    notices,
    newId: () => `custom-test${++next}`,
  });
  return { store, notices, clock };
}
