import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openAttempts, type AttemptsService } from '#electron/services/attempts/attempts.js';
import { applyChecked, checkArchive, createImports } from '#electron/services/imports/imports.js';
import { intentPath } from '#electron/services/imports/import-intent.js';
import { resolveRecordingFile } from '#electron/services/recordings/resolve-file.js';
import { createSettingsService } from '#electron/services/settings/settings.js';
import { createNotices } from '#electron/services/storage/notices.js';
import type { ImportProgress } from '#shared/schemas/imports.js';
import { exportAll, exportPath, QUESTION_A, QUESTION_B, recordAnswer } from '#tests/electron/services/data/support.js';
import { snapshotFolder } from '#tests/support/folder-snapshot.js';
import { openTestStudio } from '#tests/support/studio.js';
import { fixedClock, useTempDirs } from '#tests/support/temp-dir.js';

const NOW = '2026-12-07T12:00:00.000Z';
const TAKES = 3;

/** An archive of three answers with audio, made by a real export. */
async function archiveOfThree(source: string): Promise<Uint8Array> {
  const studio = await openTestStudio(source, fixedClock(NOW));
  for (const question of [QUESTION_A, QUESTION_B, QUESTION_A]) await recordAnswer(studio, question);
  const file = exportPath(source, await exportAll(studio));
  await studio.close();
  return new Uint8Array(fs.readFileSync(file));
}

/**
 * The import service on an empty folder, as the studio builds it, with seams: `exclusive` can be
 * held shut (an apply waiting its turn), `afterCopies` runs once the recordings are copied (before
 * the intent and the renames), and `atCommit` as the answers' transaction starts.
 */
async function emptyFolderImports(target: string, hooks: { gate?: Promise<void>; afterCopies?: () => void; atCommit?: () => void } = {}) {
  const clock = fixedClock(NOW);
  const attempts = await openAttempts({ dataDir: target, clock, notices: createNotices(clock) });
  const recordingsDir = path.join(target, 'recordings');
  const store = new Map<string, unknown>();
  const watched: AttemptsService = Object.create(attempts) as AttemptsService;
  watched.applyBatch = (batch) => {
    hooks.atCommit?.();
    return attempts.applyBatch(batch);
  };
  const deps = {
    dataDir: target,
    intentFile: intentPath(target),
    attempts: watched,
    settings: createSettingsService({ get: (k) => store.get(k), set: (k, v) => void store.set(k, v) }),
    recordingsDir,
    // Asked once per copied recording, after all are copied and before the intent is written.
    resolveRecording: (id: string) => {
      hooks.afterCopies?.();
      return resolveRecordingFile(recordingsDir, id);
    },
    exclusive: async <T>(task: () => Promise<T>) => {
      await hooks.gate;
      return task();
    },
  };
  return { imports: createImports(deps), attempts, deps };
}

async function send(imports: ReturnType<typeof createImports>, bytes: Uint8Array): Promise<string> {
  const { importId } = await imports.begin(bytes.byteLength);
  await imports.append({ importId, seq: 0, bytes });
  return importId;
}

describe('import progress and cancel', () => {
  const tempDir = useTempDirs();

  it('reports every entry as it is checked and every recording as it is copied, ending at the totals', async () => {
    const bytes = await archiveOfThree(tempDir());
    const file = path.join(tempDir(), 'archive.zip');
    fs.writeFileSync(file, bytes);
    // The check: one report to start, one when the data files are read, then as each recording's
    // bytes are read, and once more as each is complete (the count moves).
    const reports: ImportProgress[] = [];
    const checked = await checkArchive(file, (p) => reports.push({ ...p }));
    expect(new Set(reports.map((p) => p.stage))).toEqual(new Set(['checking']));
    expect(reports[0]).toMatchObject({ done: 0, bytesDone: 0 });
    for (const [i, p] of reports.slice(1).entries()) {
      const before = reports[i]!;
      expect(p.done).toBeGreaterThanOrEqual(before.done);
      expect(p.bytesDone).toBeGreaterThanOrEqual(before.bytesDone);
      expect(p.done + p.bytesDone).toBeGreaterThan(before.done + before.bytesDone); // every report is news
    }
    const completions = reports.filter((p, i) => i > 0 && p.done > reports[i - 1]!.done);
    expect(completions).toHaveLength(1 + TAKES); // the data files, then each recording
    expect(reports.length).toBeGreaterThanOrEqual(2 + 2 * TAKES); // at least one report within each recording
    const last = reports.at(-1)!;
    expect([last.done, last.bytesDone]).toEqual([last.total, last.bytesTotal]);
    expect(last.total).toBe(checked.archive.entries.length);

    // The apply: one report per recording copied, with its size, then the saving.
    const target = tempDir();
    const { attempts, deps } = await emptyFolderImports(target);
    const copied: number[] = [];
    let copying = 0;
    const copyingBefore: number[] = [];
    let savingAfter = -1;
    let placed = 0;
    const result = await applyChecked(deps, checked, 'keep_newer', false, false, {
      onCopying: (size) => (copying += size),
      onCopied: (size) => {
        copied.push(size);
        copyingBefore.push(copying);
      },
      onSaving: () => (savingAfter = copied.length),
      onPlaced: () => placed++,
    });
    expect(placed).toBe(TAKES);
    checked.archive.close();
    expect(result).toMatchObject({ added: TAKES, recordingsWritten: TAKES });
    expect(copied).toEqual([...checked.validated.recordings.values()].map((e) => e.size));
    // Each recording's bytes were told as they were copied, before it was counted as copied.
    expect(copyingBefore).toEqual(copied.map((_, i) => copied.slice(0, i + 1).reduce((a, b) => a + b, 0)));
    expect(savingAfter).toBe(TAKES);
    await attempts.close();
  });

  it('status answers what the page shows: received bytes, then the check, then the copies as the apply runs', async () => {
    const bytes = await archiveOfThree(tempDir());
    const target = tempDir();
    let importId = '';
    const seenDuringApply: ImportProgress[] = [];
    const { imports, attempts } = await emptyFolderImports(target, {
      afterCopies: () => seenDuringApply.push(imports.status(importId)),
    });
    importId = await send(imports, bytes);
    expect(imports.status(importId)).toEqual({
      stage: 'receiving',
      done: 0,
      total: 0,
      bytesDone: bytes.byteLength,
      bytesTotal: bytes.byteLength,
    });
    await imports.finish(importId);
    const checked = imports.status(importId);
    expect(checked.stage).toBe('checked');
    expect([checked.done, checked.bytesDone]).toEqual([checked.total, checked.bytesTotal]);
    expect(await imports.apply({ importId, conflicts: 'keep_newer', takeSettings: false })).toMatchObject({ added: TAKES });
    expect(seenDuringApply).toHaveLength(TAKES); // asked once per copied recording
    // Before any is moved into place: the saving stage counts those from 0.
    for (const seen of seenDuringApply) expect(seen).toMatchObject({ stage: 'saving', done: 0, total: TAKES });
    // Done: the import is gone, and so is its progress.
    expect(() => imports.status(importId)).toThrow(/not in progress/);
    await attempts.close();
  });

  it('a cancel once the recordings are copied undoes them, their renames and the intent: the folder is as it was', async () => {
    const bytes = await archiveOfThree(tempDir());
    const target = tempDir();
    let cancelling: Promise<{ cancelled: boolean }> | null = null;
    let importId = '';
    const { imports, attempts } = await emptyFolderImports(target, {
      // Every recording is copied; the intent and the renames come next, then the last check before the commit.
      afterCopies: () => void (cancelling ??= imports.cancel(importId)),
    });
    const before = snapshotFolder(target);
    importId = await send(imports, bytes);
    await imports.finish(importId);
    await expect(imports.apply({ importId, conflicts: 'keep_newer', takeSettings: false })).rejects.toThrow(/cancelled/);
    expect(await cancelling).toEqual({ cancelled: true });
    expect(attempts.all()).toEqual([]);
    expect(fs.existsSync(intentPath(target))).toBe(false);
    expect(snapshotFolder(target)).toBe(before);
    await attempts.close();
  });

  it('a cancel while the apply waits its turn stops it before it writes anything', async () => {
    const bytes = await archiveOfThree(tempDir());
    const target = tempDir();
    let open = () => {};
    const gate = new Promise<void>((resolve) => (open = resolve));
    const { imports, attempts } = await emptyFolderImports(target, { gate });
    const before = snapshotFolder(target);
    const importId = await send(imports, bytes);
    await imports.finish(importId);
    const applying = imports.apply({ importId, conflicts: 'keep_newer', takeSettings: false });
    const cancelling = imports.cancel(importId);
    open();
    await expect(applying).rejects.toThrow(/cancelled/);
    expect(await cancelling).toEqual({ cancelled: true });
    expect(snapshotFolder(target)).toBe(before);
    await attempts.close();
  });

  it('a cancel that arrives as the answers are committed is too late: it says so, and the import is complete', async () => {
    const bytes = await archiveOfThree(tempDir());
    const target = tempDir();
    let cancelling: Promise<{ cancelled: boolean }> | null = null;
    let importId = '';
    const { imports, attempts } = await emptyFolderImports(target, {
      atCommit: () => void (cancelling ??= imports.cancel(importId)),
    });
    importId = await send(imports, bytes);
    await imports.finish(importId);
    expect(await imports.apply({ importId, conflicts: 'keep_newer', takeSettings: false })).toMatchObject({ added: TAKES });
    expect(await cancelling).toEqual({ cancelled: false });
    expect(attempts.all()).toHaveLength(TAKES);
    expect(fs.readdirSync(path.join(target, 'recordings')).filter((n) => n.endsWith('.webm'))).toHaveLength(TAKES);
    await attempts.close();
  });
});
