import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { attemptDigest, intentPath, writeIntent, type ImportIntent } from '#electron/services/imports/import-intent.js';
import { resolveInterruptedImport } from '#electron/services/imports/import-resume.js';
import { createNotices } from '#electron/services/storage/notices.js';
import { makeAttempt } from '#tests/support/attempt-factory.js';
import { fixedClock, useTempDirs } from '#tests/support/temp-dir.js';

const tempDir = useTempDirs();

/** The state a kill leaves between an import's recordings being put in place and its journal rename. */
async function interrupted(dir: string, committed: boolean) {
  const recordings = path.join(dir, 'recordings');
  fs.mkdirSync(recordings, { recursive: true });
  const mine = makeAttempt({ mimeType: 'audio/webm;codecs=opus' });
  const imported = { ...mine, mimeType: 'audio/ogg;codecs=opus', review: { ...mine.review, nextTime: 'from the archive' } };
  const added = makeAttempt();
  fs.writeFileSync(path.join(recordings, `${mine.id}.webm.import-backup`), 'my own audio');
  fs.writeFileSync(path.join(recordings, `${mine.id}.ogg`), 'the archive audio');
  fs.writeFileSync(path.join(recordings, `${added.id}.webm`), 'a new answer audio');
  const intent: ImportIntent = {
    version: 1,
    recordings: [
      { final: `${mine.id}.ogg`, backup: `${mine.id}.webm.import-backup` },
      { final: `${added.id}.webm`, backup: null },
    ],
    attempts: [imported, added].map((a) => ({ id: a.id, digest: attemptDigest(a) })),
    questions: [],
    practice: { profile: null, suspended: null, mockSessions: null },
    settings: { thinkSeconds: 42 },
  };
  await writeIntent(intentPath(dir), intent);
  const journal = new Map(committed ? [imported, added].map((a) => [a.id, a]) : [[mine.id, mine]]);
  const settings: unknown[] = [];
  const notices = createNotices(fixedClock());
  const outcome = await resolveInterruptedImport({
    intentFile: intentPath(dir),
    recordingsDir: recordings,
    attempts: { get: (id) => journal.get(id) },
    settings: { set: (patch) => settings.push(patch) },
    notices,
  });
  return { outcome, files: fs.readdirSync(recordings).sort(), mine, added, settings, notices: notices.list().map((n) => n.message) };
}

describe('an import a kill interrupted, at the next start', () => {
  it('before its journal rename: the recordings it put in place are taken back, nothing of it stays, and the notice says so', async () => {
    const dir = tempDir();
    const { outcome, files, mine, settings, notices } = await interrupted(dir, false);
    expect(outcome).toBe('undone');
    expect(files).toEqual([`${mine.id}.webm`]);
    expect(fs.readFileSync(path.join(dir, 'recordings', `${mine.id}.webm`), 'utf8')).toBe('my own audio');
    expect(settings).toEqual([]);
    expect(notices).toEqual([expect.stringMatching(/before its answers were saved, so nothing of it was kept \(2 answer/)]);
    expect(fs.existsSync(intentPath(dir))).toBe(false);
  });

  it('after its journal rename: the rest is finished (old audio removed, settings applied), and the notice says so', async () => {
    const dir = tempDir();
    const { outcome, files, mine, added, settings, notices } = await interrupted(dir, true);
    expect(outcome).toBe('completed');
    expect(files).toEqual([`${added.id}.webm`, `${mine.id}.ogg`].sort());
    expect(settings).toEqual([{ thinkSeconds: 42 }]);
    expect(notices).toEqual([expect.stringMatching(/after its 2 answer\(s\) were saved; it was completed now/)]);
    expect(fs.existsSync(intentPath(dir))).toBe(false);
  });
});
