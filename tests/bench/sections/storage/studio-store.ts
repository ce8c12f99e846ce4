import path from 'node:path';
import Conf from 'conf';
import { openStudio, type Studio } from '#electron/core/open-studio.js';
import { openAttempts } from '#electron/services/attempts/attempts.js';
import { systemClock } from '#electron/services/storage/clock.js';
import { createNotices } from '#electron/services/storage/notices.js';
import { createSettingsService } from '#electron/services/settings/settings.js';
import { attemptStatsByQuestion } from '#renderer/questions/groupQuestions.js';
import { isChannel } from '#shared/contract/channels.js';
import { repoRoot } from '#tests/support/browser-host-process.js';

/** The app's own store, opened the way the browser host opens it (electron/browser-host/cli.ts). */

const openConf = (dataDir: string) =>
  new Conf({ cwd: dataDir, configName: 'config', projectName: 'interview-studio', configFileMode: 0o600 });

export function openBenchStudio(dataDir: string): Promise<Studio> {
  return openStudio({
    dataDir,
    contentDir: path.join(repoRoot, 'content'),
    clock: systemClock,
    host: 'browser',
    version: '0.0.0-bench',
    openStore: () => openConf(dataDir),
  });
}

export async function call(studio: Studio, channel: string, payload?: unknown): Promise<unknown> {
  const result = await studio.dispatch(channel, payload);
  if (!result.ok) throw new Error(`${channel}: ${result.error.code}: ${result.error.message}`);
  return result.value;
}

const SUMMARY_CHANNEL = 'progress:summary';

/** How the app summarises progress at start; found once, then called on every timed start. */
export interface SummaryCall {
  via: string;
  run(studio: Studio): Promise<unknown>;
}

/**
 * `progress:summary` when this version's contract has it (its request shape found by trying the
 * likely ones), otherwise the attempt list counted per question, as the question list does.
 */
export async function findSummary(studio: Studio): Promise<SummaryCall> {
  if (isChannel(SUMMARY_CHANNEL)) {
    const candidates: unknown[] = [{ timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone }, {}, undefined];
    for (const payload of candidates) {
      const result = await studio.dispatch(SUMMARY_CHANNEL, payload);
      if (result.ok) return { via: SUMMARY_CHANNEL, run: (s) => call(s, SUMMARY_CHANNEL, payload) };
    }
  }
  return {
    via: 'attempts:list + per-question counts',
    run: async (s) => attemptStatsByQuestion((await call(s, 'attempts:list', {})) as never),
  };
}

/**
 * The like-for-like start against the naive store: only the attempt store and the settings
 * opened, the history summarised per question. No content library, no recovery scan.
 */
export async function openStoreOnly(dataDir: string): Promise<{ questionsPractised: number; close: () => Promise<void> }> {
  const notices = createNotices(systemClock);
  const attempts = await openAttempts({ dataDir, clock: systemClock, notices });
  createSettingsService(openConf(dataDir)).get();
  return { questionsPractised: attemptStatsByQuestion(attempts.list()).size, close: () => attempts.close() };
}
