import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { Studio } from '#electron/core/open-studio.js';
import { ExportScopeSchema, type ExportScope } from '#shared/schemas/archive.js';
import type { ConflictChoice, ImportPreview, ImportResult } from '#shared/schemas/imports.js';

/**
 * `npm run data -- export|import …`: the "Your data" export and import from a terminal, through
 * the same services as the app. One line on stdout when it worked; a message on stderr and
 * exit 2 for a usage mistake, 1 when the archive is refused or the work failed.
 */
const USAGE = [
  'usage: npm run data -- export --data-dir DIR --out FILE.zip [--from DATE] [--to DATE] [--question ID ...]',
  '       npm run data -- import --data-dir DIR FILE.zip [--conflicts keep-newer|keep-mine|take-imported] [--take-settings] [--take-profile]',
  'DATE is YYYY-MM-DD (a day on this computer) or an ISO time; --question may be given more than once.',
].join('\n');

class UsageError extends Error {}
const usage = (message: string) => new UsageError(`${message}\n${USAGE}`);

const CONFLICTS: Record<string, ConflictChoice> = {
  'keep-newer': 'keep_newer',
  'keep-mine': 'keep_mine',
  'take-imported': 'take_imported',
};

function parse(argv: string[]) {
  const [command, ...rest] = argv;
  if (command !== 'export' && command !== 'import') throw usage(command ? `unknown command "${command}"` : 'no command given');
  let parsed;
  try {
    parsed = parseArgs({
      args: rest,
      allowPositionals: true,
      options: {
        'data-dir': { type: 'string' },
        out: { type: 'string' },
        from: { type: 'string' },
        to: { type: 'string' },
        question: { type: 'string', multiple: true },
        conflicts: { type: 'string' },
        'take-settings': { type: 'boolean' },
        'take-profile': { type: 'boolean' },
      },
    });
  } catch (error) {
    throw usage((error as Error).message);
  }
  const { values, positionals } = parsed;
  if (!values['data-dir']) throw usage('--data-dir is required');
  return { command, values, positionals, dataDir: path.resolve(values['data-dir']) };
}

async function openOn(dataDir: string, access: { readOnly?: boolean } = {}): Promise<Studio> {
  const { openStudioInNode } = await import('#electron/core/open-studio-in-node.js');
  // The app may be running on this folder: never finish a recording it is still making.
  return openStudioInNode({ dataDir, recoverLeftovers: false, ...access });
}

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/** An export's arguments, checked before any service loads: a usage mistake is answered at once. */
function exportJob({ values, positionals, dataDir }: ReturnType<typeof parse>) {
  if (positionals.length) throw usage(`unexpected argument "${positionals[0]}"`);
  if (!values.out) throw usage('--out FILE.zip is required');
  if (!fs.existsSync(dataDir)) throw usage(`there is no data folder at ${dataDir}`);
  const scope = ExportScopeSchema.safeParse({ from: values.from, to: values.to, questionIds: values.question });
  if (!scope.success) {
    const field = String(scope.error.issues[0]?.path[0]);
    throw usage(
      field === 'questionIds'
        ? '--question takes a question id like "insurance-denial"'
        : `--${field} must be a day like 2026-11-27 or an ISO time`,
    );
  }
  return { dataDir, out: path.resolve(values.out), scope: dropEmpty(scope.data) };
}

async function exportCommand({ dataDir, out, scope }: ReturnType<typeof exportJob>): Promise<string> {
  const { runExport } = await import('#electron/services/exports/export-run.js');
  // Read-only: the app may be running on this folder, and anything written here (a compacted
  // journal, a tidied upload) would be written under it.
  const studio = await openOn(dataDir, { readOnly: true });
  try {
    const { manifest } = await runExport(studio.data.exportContentsDeps, scope, out, { exportedAt: new Date() });
    return `Exported ${manifest.counts.attempts} answer(s) and ${manifest.counts.recordings} recording(s) to ${out} (${mb(fs.statSync(out).size)}).`;
  } finally {
    await studio.close();
  }
}

const dropEmpty = (scope: ExportScope): ExportScope => Object.fromEntries(Object.entries(scope).filter(([, v]) => v !== undefined));

/** An import's arguments, checked before any service loads, like an export's. */
function importJob({ values, positionals, dataDir }: ReturnType<typeof parse>) {
  if (positionals.length !== 1) throw usage(positionals.length ? 'give exactly one FILE.zip to import' : 'which FILE.zip to import?');
  const file = path.resolve(positionals[0]!);
  if (!fs.statSync(file, { throwIfNoEntry: false })?.isFile()) throw usage(`there is no file at ${file}`);
  const choice = CONFLICTS[values.conflicts ?? 'keep-newer'];
  if (!choice) throw usage(`--conflicts must be keep-newer, keep-mine or take-imported`);
  return { values, dataDir, file, choice };
}

async function importCommand({ values, dataDir, file, choice }: ReturnType<typeof importJob>): Promise<string> {
  const { checkArchive } = await import('#electron/services/imports/imports.js');
  const { lockDataFolder } = await import('#electron/services/storage/data-folder-lock.js');
  // Check the whole archive before the data folder is even opened: a refused file changes nothing.
  (await checkArchive(file)).archive.close();
  // An import rewrites answers and settings; with the app open on the folder, the app would
  // later write its own copy over them. Refused (exit 1) while the app or another import runs.
  const lock = lockDataFolder(dataDir, 'an import from the command line');
  const studio = await openOn(dataDir).catch((error: unknown) => {
    lock.release();
    throw error;
  });
  try {
    const { preview, result } = await studio.data.imports.importFile(
      file,
      choice,
      values['take-settings'] ?? false,
      values['take-profile'] ?? false,
    );
    const conflicts = preview.attempts.conflicts
      ? `; ${preview.attempts.conflicts} conflict(s) resolved by ${values.conflicts ?? 'keep-newer'}`
      : '';
    const settings = result.settingsApplied ? '; settings applied' : '';
    return `Imported ${path.basename(file)}: ${result.added} new, ${result.updated} updated, ${result.unchanged} unchanged answer(s); ${result.recordingsWritten} recording(s) written${conflicts}${settings}${practiceLine(preview, result)}.`;
  } finally {
    await studio.close();
    lock.release();
  }
}

/** What happened to the facility profile, suspensions and mock interviews; nothing when the archive brought none. */
function practiceLine(preview: ImportPreview, result: ImportResult): string {
  const parts: string[] = [];
  if (result.mockSessionsAdded || result.mockSessionsUpdated) {
    parts.push(`${result.mockSessionsAdded} mock interview(s) added, ${result.mockSessionsUpdated} updated`);
  }
  if (result.suspensionsAdded) parts.push(`${result.suspensionsAdded} question(s) set aside`);
  if (result.profileApplied)
    parts.push(preview.facilityProfile.state === 'new' ? 'facility profile added' : "the archive's facility profile used");
  else if (preview.facilityProfile.state === 'differs') {
    parts.push(
      `your facility profile kept (the archive's, ${preview.facilityProfile.newer === 'imported' ? 'newer' : 'older'}, differs: --take-profile uses it)`,
    );
  }
  return parts.map((p) => `; ${p}`).join('');
}

async function main(): Promise<void> {
  try {
    const args = parse(process.argv.slice(2));
    const line = args.command === 'export' ? await exportCommand(exportJob(args)) : await importCommand(importJob(args));
    process.stdout.write(`${line}\n`);
  } catch (error) {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = error instanceof UsageError ? 2 : 1;
  }
}

await main();
