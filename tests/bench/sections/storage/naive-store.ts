import Conf from 'conf';
import { attemptStatsByQuestion } from '#renderer/questions/groupQuestions.js';
import type { Attempt, Review } from '#shared/schemas/attempt.js';
import { DEFAULT_SETTINGS } from '#shared/schemas/settings.js';

/**
 * The naive design the attempt store is measured against: every attempt in one electron-store
 * key. electron-store is conf plus Electron paths, and conf reads the whole file on every get and
 * set and rewrites it (atomically, with fsync) on every set, so each review save costs the whole
 * history.
 */
type NaiveData = { settings: typeof DEFAULT_SETTINGS; attempts: Attempt[] };

function open(dir: string): Conf<NaiveData> {
  return new Conf<NaiveData>({ cwd: dir, configName: 'config', projectName: 'interview-studio-naive', configFileMode: 0o600 });
}

export function seedNaiveStore(dir: string, attempts: readonly Attempt[]): void {
  open(dir).set({ settings: { ...DEFAULT_SETTINGS, micCheckDone: true }, attempts: [...attempts] });
}

/** Start: open the store, read settings and the history, summarise it as the question list does. */
export function naiveStart(dir: string): { store: Conf<NaiveData>; attempts: Attempt[]; questionsPractised: number } {
  const store = open(dir);
  store.get('settings');
  const attempts = store.get('attempts');
  return { store, attempts, questionsPractised: attemptStatsByQuestion(attempts).size };
}

/** One review save: change the attempt in memory, then store.set the whole list, as a naive app would. */
export function naiveSaveReview(store: Conf<NaiveData>, attempts: Attempt[], index: number, review: Review, reviewedAt: string): void {
  attempts[index] = { ...attempts[index]!, review, reviewedAt };
  store.set('attempts', attempts);
}
