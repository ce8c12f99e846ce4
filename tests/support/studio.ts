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
export function openTestStudio(
  dataDir: string,
  clock: Clock = fixedClock(),
  shell: Pick<StudioOptions, 'pdfPrinter' | 'openFolder' | 'chooseExportPath'> = {},
): Promise<Studio> {
  return openStudio({
    ...shell,
    dataDir,
    contentDir: path.join(repoRoot, 'content'),
    clock,
    host: 'browser',
    version: '0.0.0-test',
    openStore: () => new Conf({ cwd: dataDir, configName: 'config', projectName: 'interview-studio' }),
  });
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
