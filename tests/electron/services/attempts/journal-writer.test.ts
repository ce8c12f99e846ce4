import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openAttempts } from '#electron/services/attempts/attempts.js';
import { JournalWriter, loadJournal, replaceJournal } from '#electron/services/attempts/journal.js';
import { createNotices } from '#electron/services/storage/notices.js';
import { makeAttempt } from '#tests/support/attempt-factory.js';
import { fixedClock, useTempDirs } from '#tests/support/temp-dir.js';

const review = { marks: { empathy: 'met' as const }, criterionNotes: {}, rating: 4, nextTime: 'slow down' };

describe('the journal writer', () => {
  const tempDir = useTempDirs();
  const journalIn = (dir: string) => path.join(dir, 'attempts', 'attempts.jsonl');
  const open = (dataDir: string, notices = createNotices(fixedClock())) => openAttempts({ dataDir, clock: fixedClock(), notices });

  it('close() waits for every append and change already asked for', async () => {
    const dir = tempDir();
    const store = await open(dir);
    const first = await store.create(makeAttempt());
    // Asked for, not awaited: a quit arriving right after a save.
    const pending = [
      store.create(makeAttempt()),
      store.create(makeAttempt()),
      store.review(first.id, review),
      store.setStarMarks(first.id, { situation: 0, task: 1000, action: 2000, result: 3000 }),
    ];
    await store.close();
    const saved = await Promise.all(pending);

    const again = await open(dir);
    for (const attempt of saved.slice(0, 2)) expect(again.get(attempt.id)).toBeDefined();
    expect(again.get(first.id)?.review).toEqual(review);
    expect(again.get(first.id)?.starMarks).toEqual({ situation: 0, task: 1000, action: 2000, result: 3000 });
    await again.close();
  });

  it('the writer drains its queue on close, then the file holds every line', async () => {
    const dir = tempDir();
    const writer = new JournalWriter(journalIn(dir));
    const attempts = Array.from({ length: 20 }, () => makeAttempt());
    const appends = attempts.map((attempt) => writer.append({ op: 'put', attempt }));
    await writer.close();
    await Promise.all(appends);
    const loaded = await loadJournal(journalIn(dir), 'x');
    expect(loaded.attempts.size).toBe(20);
  });

  it('a journal ending in a torn line: the next line starts on a fresh one, so only the torn bytes are skipped', async () => {
    const dir = tempDir();
    const file = journalIn(dir);
    const before = makeAttempt();
    const after = makeAttempt();
    const first = new JournalWriter(file);
    await first.append({ op: 'put', attempt: before });
    await first.close();
    fs.appendFileSync(file, '{"op":"put","attempt":{"id":"torn'); // a crash mid-append

    const second = new JournalWriter(file);
    await second.append({ op: 'put', attempt: after });
    await second.close();

    const loaded = await loadJournal(file, 'x', { keepDamagedAside: false });
    expect(loaded.damagedLines).toBe(1);
    expect([...loaded.attempts.keys()].sort()).toEqual([before.id, after.id].sort());
  });

  it('re-opens the journal when another process replaced the file, so later saves are not written into a ghost', async () => {
    const dir = tempDir();
    const file = journalIn(dir);
    const store = await open(dir);
    const a = await store.create(makeAttempt());
    // Another process compacts the journal into a new file and renames it over this one.
    const read = await loadJournal(file, 'x');
    await replaceJournal(file, read.attempts.values());
    const b = await store.create(makeAttempt());
    await store.review(a.id, review);
    await store.close();

    const again = await open(dir);
    expect(again.get(b.id)).toBeDefined();
    expect(again.get(a.id)?.review).toEqual(review);
    await again.close();
  });

  it('opened read-only, it reads everything and writes nothing: no compaction, no mark, no copy aside, changes refused', async () => {
    const dir = tempDir();
    const file = journalIn(dir);
    const store = await open(dir);
    const kept = await store.create(makeAttempt());
    const gone = await store.create(makeAttempt());
    await store.close();
    // A delete line and a torn line: both make a writing start rewrite the journal.
    fs.appendFileSync(file, `${JSON.stringify({ op: 'delete', id: gone.id })}\n{"op":"pu`);
    const bytes = fs.readFileSync(file);
    const names = fs.readdirSync(path.dirname(file)).sort();
    const reader = await openAttempts({ dataDir: dir, clock: fixedClock(), notices: createNotices(fixedClock()), readOnly: true });
    expect(reader.list().map((a) => a.id)).toEqual([kept.id]);
    await expect(reader.create(makeAttempt())).rejects.toMatchObject({ code: 'not_available' });
    await expect(reader.review(kept.id, review)).rejects.toMatchObject({ code: 'not_available' });
    await reader.close();
    expect(fs.readFileSync(file).equals(bytes)).toBe(true);
    expect(fs.readdirSync(path.dirname(file)).sort()).toEqual(names);
  });
});
