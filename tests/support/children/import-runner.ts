// Child process for the import crash test: opens the studio on a folder, sends and checks an
// archive as the app does, says "ready", applies it (every conflict taken from the archive), says
// "imported", then waits to be killed. The kill lands while the import is being applied.
import fs from 'node:fs';
import path from 'node:path';
import Conf from 'conf';
import { openStudio } from '#electron/core/open-studio.js';

const [dataDir, archive, repoRoot] = process.argv.slice(2) as [string, string, string];
const clock = () => new Date('2026-11-27T18:00:00.000Z');
const studio = await openStudio({
  dataDir,
  contentDir: path.join(repoRoot, 'content'),
  clock,
  host: 'browser',
  version: '0.0.0-test',
  openStore: () => new Conf({ cwd: dataDir, configName: 'config', projectName: 'interview-studio' }),
});
const bytes = new Uint8Array(fs.readFileSync(archive));
const { importId } = await studio.data.imports.begin(bytes.length);
await studio.data.imports.append({ importId, seq: 0, bytes });
await studio.data.imports.finish(importId);
process.stdout.write('ready\n');
const started = performance.now();
await studio.data.imports.apply({ importId, conflicts: 'take_imported', takeSettings: true });
process.stdout.write(`imported\napplied in ${Math.round(performance.now() - started)} ms\n`);
setInterval(() => undefined, 60_000);
