import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { openAttempts } from '#electron/services/attempts/attempts.js';
import { checkedMarkPath, checkedPrefix, schemaFingerprint } from '#electron/services/attempts/journal-check.js';
import { JournalEntrySchema, loadJournal } from '#electron/services/attempts/journal.js';
import { createNotices } from '#electron/services/storage/notices.js';
import { makeAttempt } from '#tests/support/attempt-factory.js';
import { fixedClock, useTempDirs } from '#tests/support/temp-dir.js';

const review = { marks: { empathy: 'met' as const }, criterionNotes: {}, rating: 4, nextTime: 'slow down' };

describe('the checked mark beside the journal', () => {
  const tempDir = useTempDirs();
  const open = (dataDir: string, notices = createNotices(fixedClock())) => openAttempts({ dataDir, clock: fixedClock(), notices });
  const journalOf = (dir: string) => path.join(dir, 'attempts', 'attempts.jsonl');

  /** A journal of three reviewed attempts, closed, then opened once so a mark vouches for all of it. */
  async function checkedJournal(dir: string) {
    const store = await open(dir);
    const ids: string[] = [];
    for (let i = 0; i < 3; i++) {
      const a = await store.create(makeAttempt());
      await store.review(a.id, review);
      ids.push(a.id);
    }
    await store.close();
    await (await open(dir)).close(); // this start checks every line and marks them
    expect(fs.existsSync(checkedMarkPath(journalOf(dir)))).toBe(true);
    return ids;
  }

  it('vouches only for bytes, schema and length it saw', () => {
    const bytes = Buffer.from('{"a":1}\n{"b":2}\n');
    const schema = 'v1';
    const mark = { bytes: bytes.length, crc32: zlib.crc32(bytes), schema };
    expect(checkedPrefix(bytes, mark, schema)).toBe(bytes.length);
    expect(checkedPrefix(Buffer.concat([bytes, Buffer.from('{"c":3}\n')]), mark, schema)).toBe(bytes.length); // appended since
    expect(checkedPrefix(bytes, mark, 'v2')).toBe(0); // another schema
    expect(checkedPrefix(Buffer.from('{"a":2}\n{"b":2}\n'), mark, schema)).toBe(0); // same length, a changed byte
    expect(checkedPrefix(bytes.subarray(0, 10), mark, schema)).toBe(0); // truncated
    expect(checkedPrefix(bytes, { ...mark, bytes: 5, crc32: zlib.crc32(bytes.subarray(0, 5)) }, schema)).toBe(0); // not at a line end
    expect(checkedPrefix(bytes, null, schema)).toBe(0);
  });

  it('names a schema by what it accepts', () => {
    const a = z.object({ rating: z.number().int().min(1).max(5) });
    expect(schemaFingerprint(JournalEntrySchema)).toBe(schemaFingerprint(JournalEntrySchema));
    expect(schemaFingerprint(a)).not.toBe(schemaFingerprint(z.object({ rating: z.number().int().min(1).max(10) })));
  });

  it('a start after a checked one reads the same attempts', async () => {
    const dir = tempDir();
    const ids = await checkedJournal(dir);
    const again = await open(dir);
    expect(
      again
        .list()
        .map((a) => a.id)
        .sort(),
    ).toEqual([...ids].sort());
    expect(again.get(ids[0]!)?.review).toEqual(review);
  });

  it('still catches a hand-edited line under the mark, keeps it aside and tells the user', async () => {
    const dir = tempDir();
    const [first] = await checkedJournal(dir);
    const file = journalOf(dir);
    // Valid JSON, same length, but a rating zod refuses.
    fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace('"rating":4', '"rating":9'));

    const notices = createNotices(fixedClock());
    const again = await open(dir, notices);
    expect(notices.list()).toHaveLength(1);
    expect(notices.list()[0]!.message).toMatch(/damaged/);
    expect(again.get(first!)?.review.rating).toBeNull(); // its review line was the edited one
    expect(again.list()).toHaveLength(3);
    expect(fs.readdirSync(path.dirname(file)).some((f) => f.includes('.damaged-'))).toBe(true);
  });

  it('checks lines appended after the mark, and a torn last line is reported as before', async () => {
    const dir = tempDir();
    await checkedJournal(dir);
    fs.appendFileSync(journalOf(dir), '{"op":"put","attempt":{"id":"');
    const notices = createNotices(fixedClock());
    const again = await open(dir, notices);
    expect(again.list()).toHaveLength(3);
    expect(notices.list()[0]!.message).toMatch(/1 damaged line/);
  });

  it('a torn or missing mark only means a full check', async () => {
    const dir = tempDir();
    await checkedJournal(dir);
    fs.writeFileSync(checkedMarkPath(journalOf(dir)), '{"bytes":');
    const notices = createNotices(fixedClock());
    expect((await open(dir, notices)).list()).toHaveLength(3);
    expect(notices.list()).toEqual([]);
  });

  it('rewrites lines an older version wrote (defaults filled in), so later starts need not check them', async () => {
    const dir = tempDir();
    const file = journalOf(dir);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    const { measurements: _m, starMarks: _s, ...older } = makeAttempt();
    fs.writeFileSync(file, `${JSON.stringify({ op: 'put', attempt: older })}\n`);

    const store = await open(dir);
    expect(store.get(older.id)).toMatchObject({ measurements: null, starMarks: { situation: null } });
    await store.close();
    const line = JSON.parse(fs.readFileSync(file, 'utf8').trim()) as { attempt: Record<string, unknown> };
    expect(line.attempt).toHaveProperty('measurements', null);
    const loaded = await loadJournal(file, 'x');
    expect(loaded.newMark).toBeNull(); // nothing left to check
    expect(loaded.attempts.get(older.id)).toEqual(store.get(older.id));
  });
});
