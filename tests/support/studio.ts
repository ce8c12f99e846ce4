import { afterEach } from 'vitest';
import path from 'node:path';
import Conf from 'conf';
import { openStudio, type Studio, type StudioOptions } from '#electron/core/open-studio.js';
import type { Clock } from '#electron/services/storage/clock.js';
import { repoRoot } from './browser-host-process.js';
import { fixedClock } from './temp-dir.js';

/**
 * The real composition root on a temp folder, with a real conf store: what both front doors run.
 * `shell` adds what only the Electron shell provides (a PDF printer, a folder opener, a save dialog).
 */
export async function openTestStudio(
  dataDir: string,
  clock: Clock = fixedClock(),
  shell: Pick<StudioOptions, 'pdfPrinter' | 'openFolder' | 'chooseExportPath'> = {},
): Promise<Studio> {
  const studio = await openStudio({
    ...shell,
    dataDir,
    contentDir: path.join(repoRoot, 'content'),
    clock,
    host: 'browser',
    version: '0.0.0-test',
    openStore: () => new Conf({ cwd: dataDir, configName: 'config', projectName: 'interview-studio' }),
  });
  dataDirs.set(studio, dataDir);
  return studio;
}

const dataDirs = new WeakMap<Studio, string>();

/** The data folder a test studio was opened on. */
export function dataDirOf(studio: Studio): string {
  const dir = dataDirs.get(studio);
  if (!dir) throw new Error('not a studio opened by openTestStudio');
  return dir;
}

/** Opens studios for a test file and closes every one after each test. */
export function useTestStudios(): (dataDir: string, clock?: Clock) => Promise<Studio> {
  const open: Studio[] = [];
  afterEach(async () => {
    for (const studio of open.splice(0)) await studio.close();
  });
  return async (dataDir, clock = fixedClock()) => {
    const studio = await openTestStudio(dataDir, clock);
    open.push(studio);
    return studio;
  };
}
