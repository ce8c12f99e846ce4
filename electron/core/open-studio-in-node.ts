import fs from 'node:fs';
import path from 'node:path';
import Conf from 'conf';
import { systemClock } from '#electron/services/storage/clock.js';
import { repoRootFrom } from './repo-root.js';
import { openStudio, type Studio, type StudioOptions } from './open-studio.js';

/** The repository these front doors run from: content/ and package.json live there. */
const repoRoot = repoRootFrom(import.meta.url);

/**
 * The studio for the front doors that run in plain Node (the browser host and `npm run data`): the
 * built-in content and version from this repository, the system clock, and settings in the same
 * `config.json` electron-store writes in Electron's user-data folder, so a data folder moves
 * between them. Written once so the two cannot drift apart.
 */
export function openStudioInNode(options: { dataDir: string } & Partial<Omit<StudioOptions, 'dataDir'>>): Promise<Studio> {
  const { dataDir, ...rest } = options;
  const version = (JSON.parse(fs.readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as { version: string }).version;
  return openStudio({
    contentDir: path.join(repoRoot, 'content'),
    clock: systemClock,
    host: 'browser',
    version,
    openStore: () => new Conf({ cwd: dataDir, configName: 'config', projectName: 'interview-studio', configFileMode: 0o600 }),
    log: (message) => process.stderr.write(`${message}\n`),
    ...rest,
    dataDir,
  });
}
