import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '#tests/support/browser-host-process.js';
import { bundledScript } from '#tests/support/bundle-child.js';
import { LOCK_FILE } from '#electron/services/storage/data-folder-lock.js';
import { snapshotFolder } from '#tests/support/folder-snapshot.js';
import { openTestStudio } from '#tests/support/studio.js';
import { useTempDirs } from '#tests/support/temp-dir.js';
import { rawZip, readEntries } from '#tests/electron/services/data/raw-zip.js';
import {
  call,
  FACILITY,
  practiceState,
  recordAnswer,
  recordingFiles,
  review,
  QUESTION_A,
  QUESTION_B,
} from '#tests/electron/services/data/support.js';

const tempDir = useTempDirs();

function data(...args: string[]) {
  const run = spawnSync(process.execPath, [bundledScript('scripts/data.ts'), ...args], {
    cwd: repoRoot,
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

/** A data folder with two reviewed answers to two questions, closed again so the CLI has it to itself. */
async function folderWithAnswers(): Promise<string> {
  const dir = tempDir();
  const studio = await openTestStudio(dir);
  const a = await recordAnswer(studio, QUESTION_A);
  await recordAnswer(studio, QUESTION_B);
  await call(studio, 'attempts:review', { attemptId: a.id, review: review() });
  await studio.close();
  return dir;
}

async function attemptsIn(dir: string) {
  const studio = await openTestStudio(dir);
  const list = await call(studio, 'attempts:list', {});
  await studio.close();
  return list.sort((x, y) => x.id.localeCompare(y.id));
}

describe('npm run data', () => {
  it('exports and imports with one line of summary each, and the data arrives whole', async () => {
    const source = await folderWithAnswers();
    const out = path.join(tempDir(), 'backup.zip');
    const exported = data('export', '--data-dir', source, '--out', out);
    expect(exported).toMatchObject({ code: 0, stderr: '' });
    expect(exported.stdout).toMatch(/^Exported 2 answer\(s\) and 2 recording\(s\) to .*backup\.zip \(\d+\.\d MB\)\.\n$/);
    expect(fs.existsSync(`${out}.part`)).toBe(false);

    const target = tempDir();
    const imported = data('import', '--data-dir', target, out);
    expect(imported).toMatchObject({ code: 0, stderr: '' });
    expect(imported.stdout).toBe('Imported backup.zip: 2 new, 0 updated, 0 unchanged answer(s); 2 recording(s) written.\n');
    expect(await attemptsIn(target)).toEqual(await attemptsIn(source));
    expect(recordingFiles(target)).toEqual(recordingFiles(source));

    expect(data('import', '--data-dir', target, out).stdout).toBe(
      'Imported backup.zip: 0 new, 0 updated, 2 unchanged answer(s); 0 recording(s) written.\n',
    );
  });

  it('carries the facility profile, suspensions and mock interviews, and uses a different profile only with --take-profile', async () => {
    const source = tempDir();
    const studio = await openTestStudio(source);
    await recordAnswer(studio, QUESTION_A);
    await call(studio, 'profile:set', FACILITY);
    await call(studio, 'schedule:suspend', { questionId: QUESTION_B, suspended: true });
    await call(studio, 'mock:start', { questionCount: 3, timeZone: 'UTC' });
    const before = await practiceState(studio);
    await studio.close();
    const out = path.join(tempDir(), 'practice.zip');
    expect(data('export', '--data-dir', source, '--out', out)).toMatchObject({ code: 0, stderr: '' });

    const target = tempDir();
    const imported = data('import', '--data-dir', target, out);
    expect(imported).toMatchObject({ code: 0, stderr: '' });
    expect(imported.stdout).toBe(
      'Imported practice.zip: 1 new, 0 updated, 0 unchanged answer(s); 1 recording(s) written; 1 mock interview(s) added, 0 updated; 1 question(s) set aside; facility profile added.\n',
    );
    const reopened = await openTestStudio(target);
    expect(await practiceState(reopened)).toEqual(before);
    await call(reopened, 'profile:set', { notes: 'Changed here.' });
    await reopened.close();

    expect(data('import', '--data-dir', target, out).stdout).toMatch(
      /; your facility profile kept \(the archive's, older, differs: --take-profile uses it\)\.\n$/,
    );
    expect(data('import', '--data-dir', target, out, '--take-profile').stdout).toMatch(/; the archive's facility profile used\.\n$/);
    const last = await openTestStudio(target);
    expect((await call(last, 'profile:get')).notes).toBe(FACILITY.notes);
    await last.close();
  });

  it('exports only the chosen questions and days', async () => {
    const source = await folderWithAnswers();
    const out = path.join(tempDir(), 'some.zip');
    expect(data('export', '--data-dir', source, '--out', out, '--question', QUESTION_B, '--from', '2026-01-01').stdout).toMatch(
      /^Exported 1 answer\(s\) and 1 recording/,
    );
    const names = (await readEntries(fs.readFileSync(out))).map((e) => e.name);
    expect(names.filter((n) => n.startsWith('recordings/'))).toHaveLength(1);
    expect(data('export', '--data-dir', source, '--out', out, '--to', '2000-01-01').stdout).toMatch(/^Exported 0 answer/);
  });

  it('refuses to import while the app has the folder open (exit 1, nothing changed); a lock left by a dead process is taken over', async () => {
    const source = await folderWithAnswers();
    const out = path.join(tempDir(), 'backup.zip');
    expect(data('export', '--data-dir', source, '--out', out).code).toBe(0);
    const target = tempDir();
    const lock = path.join(target, LOCK_FILE);
    // This test's own process stands in for the running app: alive, and not the CLI.
    fs.writeFileSync(lock, JSON.stringify({ pid: process.pid, who: 'Interview Studio (browser host)', since: '2026-11-27T09:00:00.000Z' }));
    const before = snapshotFolder(target);
    const refused = data('import', '--data-dir', target, out);
    expect(refused).toMatchObject({ code: 1, stdout: '' });
    expect(refused.stderr).toContain(`is in use by Interview Studio (browser host) (process ${process.pid}`);
    expect(refused.stderr).toContain('Close it first, then try again.');
    expect(snapshotFolder(target)).toBe(before);

    // The app was killed: its lock names a process that no longer exists.
    const gone = spawnSync(process.execPath, ['-e', '']).pid!;
    fs.writeFileSync(lock, JSON.stringify({ pid: gone, who: 'Interview Studio', since: '2026-11-27T09:00:00.000Z' }));
    expect(data('import', '--data-dir', target, out)).toMatchObject({ code: 0, stderr: '' });
    expect(fs.existsSync(lock)).toBe(false);
    expect(await attemptsIn(target)).toEqual(await attemptsIn(source));
  });

  it('refuses a hostile archive with exit 1, a message on stderr, and the folder unchanged', async () => {
    const target = await folderWithAnswers();
    const evil = path.join(tempDir(), 'evil.zip');
    fs.writeFileSync(evil, rawZip([{ name: '../../escape.txt', data: Buffer.from('owned') }]));
    const before = snapshotFolder(target);
    const run = data('import', '--data-dir', target, evil);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/^This file cannot be imported: it holds a file name that points outside its own folder/);
    expect(snapshotFolder(target)).toBe(before);

    const notZip = path.join(tempDir(), 'notes.zip');
    fs.writeFileSync(notZip, 'just some text');
    expect(data('import', '--data-dir', target, notZip)).toMatchObject({ code: 1, stdout: '' });
    expect(snapshotFolder(target)).toBe(before);
  });

  it.each([
    [[], /no command given/],
    [['backup'], /unknown command "backup"/],
    [['export', '--out', 'x.zip'], /--data-dir is required/],
    [['export', '--data-dir', '/nonexistent/studio'], /--out FILE\.zip is required/],
    [['export', '--data-dir', '/nonexistent/studio', '--out', 'x.zip'], /there is no data folder/],
    [['export', '--data-dir', '.', '--out', 'x.zip', '--from', '27/11/2026'], /--from must be a day like 2026-11-27/],
    [['export', '--data-dir', '.', '--out', 'x.zip', '--question', '../etc'], /--question takes a question id/],
    [['export', '--data-dir', '.', '--out', 'x.zip', '--colour', 'red'], /Unknown option '--colour'/],
    [['import', '--data-dir', '.'], /which FILE\.zip to import/],
    [['import', '--data-dir', '.', 'a.zip', 'b.zip'], /exactly one FILE\.zip/],
    [['import', '--data-dir', '.', '/nonexistent/a.zip'], /there is no file at/],
    [['import', '--data-dir', '.', 'package.json', '--conflicts', 'mine'], /--conflicts must be/],
  ])('exits 2 with the usage for %j', (args, message) => {
    const run = data(...args);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(message);
    expect(run.stderr).toContain('usage: npm run data -- export');
  });
});
