import type { SkippedQuestion } from './questions-file.js';

const MAX_NAMED = 3;

function describeSkipped(skipped: readonly SkippedQuestion[]): string {
  const named = skipped.slice(0, MAX_NAMED).map((s) => `question ${s.index + 1}${s.id ? ` (${s.id})` : ''}: ${s.reason}`);
  const more = skipped.length > MAX_NAMED ? `; and ${skipped.length - MAX_NAMED} more` : '';
  return `${named.join('; ')}${more}`;
}

/** What the user is told when their questions file was damaged: what was skipped, and where the original is. */
export function damagedFileNotice(loaded: {
  questions: readonly unknown[];
  skipped: readonly SkippedQuestion[];
  fileProblem: string | null;
  asidePath: string | null;
}): string {
  const kept = loaded.questions.length;
  const what = loaded.fileProblem
    ? `Your own questions could not be read (${loaded.fileProblem}), so none of them are shown.`
    : `${loaded.skipped.length} of your own questions could not be read and ${loaded.skipped.length === 1 ? 'was' : 'were'} left out (${describeSkipped(loaded.skipped)}); the other ${kept} ${kept === 1 ? 'is' : 'are'} here.`;
  return `${what} The built-in questions are all here. The original file was kept at ${loaded.asidePath}.`;
}

export function unreadableFileNotice(file: string, reason: string): string {
  return (
    `Your own questions could not be read from ${file} (${reason}), so they are not shown and cannot be changed until it can be read. ` +
    'The file was left as it is; the built-in questions are all here.'
  );
}
