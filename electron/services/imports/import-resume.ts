import { readdir, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { Attempt } from '#shared/schemas/attempt.js';
import type { SettingsPatch } from '#shared/schemas/settings.js';
import type { PracticePorts } from '#electron/services/data/practice-data.js';
import type { NoticesService } from '#electron/services/storage/notices.js';
import { syncDir } from '#electron/services/storage/durable-files.js';
import { journalCommitted, readIntent, removeIntent } from './import-intent.js';
import { IMPORT_BACKUP_SUFFIX } from './import-merge.js';
import type { CustomQuestionsPort } from './import-questions.js';

export interface ResumeDeps {
  intentFile: string;
  recordingsDir: string;
  attempts: { get(id: string): Attempt | undefined };
  settings: { set(patch: SettingsPatch): unknown };
  customQuestions?: CustomQuestionsPort;
  practice?: PracticePorts;
  notices?: Pick<NoticesService, 'add'>;
}

/**
 * At start-up, before anything else touches the recordings: an import killed part-way is made
 * whole or undone, as its journal rename decided (import-intent.ts), and the person is told which.
 * Answers 'completed', 'undone', or null when no import was interrupted.
 */
export async function resolveInterruptedImport(deps: ResumeDeps): Promise<'completed' | 'undone' | null> {
  const intent = await readIntent(deps.intentFile);
  if (!intent) {
    await removeIntent(deps.intentFile); // a torn intent: its import had not begun to change anything
    return null;
  }
  const dir = deps.recordingsDir;
  const names = new Set(await readdir(dir).catch(() => [] as string[]));
  const count = intent.attempts.length;
  if (journalCommitted(intent, (id) => deps.attempts.get(id))) {
    // The answers are in: finish the rest. Each of these puts a whole value in place, so doing one again is harmless.
    for (const { backup } of intent.recordings) if (backup) await rm(join(dir, backup), { force: true });
    if (intent.questions.length && deps.customQuestions) await deps.customQuestions.putAll(intent.questions);
    const { profile, suspensions, mockSessions, checklistTicks } = deps.practice ?? {};
    if (intent.practice.profile && profile) profile.replace(intent.practice.profile);
    if (intent.practice.suspended && suspensions) suspensions.replace(intent.practice.suspended);
    if (intent.practice.mockSessions && mockSessions) mockSessions.replaceAll(intent.practice.mockSessions);
    if (intent.practice.checklistTicks && checklistTicks) checklistTicks.replace(intent.practice.checklistTicks);
    if (intent.settings) deps.settings.set(intent.settings);
    deps.notices?.add(
      'store_reset',
      'info',
      `An import was interrupted after its ${count} answer(s) were saved; it was completed now, so the archive is in your data as a whole.`,
    );
    await removeIntent(deps.intentFile);
    return 'completed';
  }
  // The journal is the old one: take back every recording the import put in place.
  for (const { final, backup } of intent.recordings) {
    const original = backup?.slice(0, -IMPORT_BACKUP_SUFFIX.length);
    if (backup && names.has(backup)) {
      if (final !== original) await rm(join(dir, final), { force: true });
      await rename(join(dir, backup), join(dir, original!));
    } else if (!backup) {
      await rm(join(dir, final), { force: true });
    }
  }
  await syncDir(dir);
  deps.notices?.add(
    'store_reset',
    'warning',
    `An import was interrupted before its answers were saved, so nothing of it was kept (${count} answer(s)). Import the archive again.`,
  );
  await removeIntent(deps.intentFile);
  return 'undone';
}
