import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openAttempts } from '#electron/services/attempts/attempts.js';
import { createNotices } from '#electron/services/storage/notices.js';
import { makeAttempt } from '#tests/support/attempt-factory.js';
import { fixedClock, useTempDirs } from '#tests/support/temp-dir.js';

const review = { marks: { empathy: 'met' as const }, criterionNotes: { empathy: 'named the feeling' }, rating: 4, nextTime: 'slow down' };

describe('attempt store', () => {
  const tempDir = useTempDirs();
  const open = (dataDir: string, notices = createNotices(fixedClock())) => openAttempts({ dataDir, clock: fixedClock(), notices });

  it('keeps created, reviewed and deleted attempts across a reopen', async () => {
    const dir = tempDir();
    const store = await open(dir);
    const a = await store.create(makeAttempt({ createdAt: '2026-11-01T00:00:00.000Z' }));
    const b = await store.create(makeAttempt({ questionId: 'double-booked-morning', createdAt: '2026-11-02T00:00:00.000Z' }));
    const c = await store.create(makeAttempt());
    await store.review(a.id, review);
    await store.delete(c.id);
    await store.close();

    const again = await open(dir);
    expect(again.list().map((x) => x.id)).toEqual([b.id, a.id]); // newest first
    expect(again.get(a.id)?.review).toEqual(review);
    expect(again.get(a.id)?.reviewedAt).toBe('2026-11-27T10:00:00.000Z');
    expect(again.list({ questionId: 'double-booked-morning' }).map((x) => x.id)).toEqual([b.id]);
    expect(again.get(c.id)).toBeUndefined();
  });

  it("a deleted answer's review and notes leave the disk, not just the list; the answers kept are untouched", async () => {
    const dir = tempDir();
    const file = path.join(dir, 'attempts', 'attempts.jsonl');
    const store = await open(dir);
    const kept = await store.create(makeAttempt());
    await store.review(kept.id, review);
    const secret = { ...review, nextTime: 'never mention the clinic I was let go from' };
    const gone = await Promise.all([1, 2, 3].map(() => store.create(makeAttempt())));
    for (const a of gone) await store.review(a.id, secret);
    for (const a of gone) await store.delete(a.id);
    await store.close();
    const text = fs.readFileSync(file, 'utf8');
    expect(text).not.toContain('let go from');
    expect(text.trim().split('\n')).toHaveLength(1);
    expect((await open(dir)).get(kept.id)?.review).toEqual(review);
  });

  it('a delete whose rewrite never ran (the app was killed) is scrubbed at the next start', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'attempts', 'attempts.jsonl');
    const a = makeAttempt({ review: { ...review, nextTime: 'private words' } });
    const b = makeAttempt();
    fs.mkdirSync(path.dirname(file), { recursive: true });
    const lines = [
      { op: 'put', attempt: a },
      { op: 'put', attempt: b },
      { op: 'delete', id: a.id },
    ];
    fs.writeFileSync(file, lines.map((l) => JSON.stringify(l)).join('\n') + '\n');
    const store = await open(dir);
    expect(store.list().map((x) => x.id)).toEqual([b.id]);
    expect(fs.readFileSync(file, 'utf8')).not.toContain('private words');
    await store.close();
  });

  it('refuses a duplicate id and unknown ids with typed errors', async () => {
    const store = await open(tempDir());
    const a = await store.create(makeAttempt());
    await expect(store.create(a)).rejects.toMatchObject({ code: 'conflict' });
    await expect(store.review('00000000-0000-4000-8000-000000000000', review)).rejects.toMatchObject({ code: 'not_found' });
    expect(await store.delete('00000000-0000-4000-8000-000000000000')).toBe(false);
  });

  it('keeps the review but marks the audio gone', async () => {
    const store = await open(tempDir());
    const a = await store.create(makeAttempt());
    await store.review(a.id, review);
    expect(await store.markRecordingDeleted(a.id)).toMatchObject({ hasRecording: false, review });
  });

  it('skips a torn last line after a crash, keeps the bytes aside and tells the user', async () => {
    const dir = tempDir();
    const store = await open(dir);
    const a = await store.create(makeAttempt());
    await store.close();
    const file = path.join(dir, 'attempts', 'attempts.jsonl');
    fs.appendFileSync(file, '{"op":"put","attempt":{"id":"');
    const original = fs.readFileSync(file, 'utf8');

    const notices = createNotices(fixedClock());
    const again = await open(dir, notices);
    expect(again.list().map((x) => x.id)).toEqual([a.id]);
    expect(notices.list()).toHaveLength(1);
    expect(notices.list()[0]!.message).toMatch(/damaged/);
    const aside = fs.readdirSync(path.join(dir, 'attempts')).find((f) => f.includes('.damaged-'));
    expect(fs.readFileSync(path.join(dir, 'attempts', aside!), 'utf8')).toBe(original);
    // the journal was rewritten clean, so the next start has nothing to report
    await again.close();
    const notices2 = createNotices(fixedClock());
    await open(dir, notices2);
    expect(notices2.list()).toEqual([]);
  });

  it('compacts superseded lines on open without changing what is stored', async () => {
    const dir = tempDir();
    const store = await open(dir);
    const a = await store.create(makeAttempt());
    for (let i = 0; i < 400; i++) await store.review(a.id, { ...review, nextTime: `try ${i}` });
    await store.close();
    const file = path.join(dir, 'attempts', 'attempts.jsonl');
    expect(fs.readFileSync(file, 'utf8').trim().split('\n')).toHaveLength(401);

    const again = await open(dir);
    expect(fs.readFileSync(file, 'utf8').trim().split('\n')).toHaveLength(1);
    expect(again.get(a.id)?.review.nextTime).toBe('try 399');
  });

  it('writes the journal with owner-only permissions', async () => {
    const dir = tempDir();
    const store = await open(dir);
    await store.create(makeAttempt());
    expect(fs.statSync(path.join(dir, 'attempts', 'attempts.jsonl')).mode & 0o777).toBe(0o600);
    expect(fs.statSync(path.join(dir, 'attempts')).mode & 0o777).toBe(0o700);
  });

  it('serializes concurrent saves so every line stays whole', async () => {
    const dir = tempDir();
    const store = await open(dir);
    const created = await Promise.all(Array.from({ length: 50 }, () => store.create(makeAttempt())));
    await Promise.all(created.map((a, i) => store.review(a.id, { ...review, nextTime: 'x'.repeat(i * 50) })));
    await store.close();
    const again = await open(dir);
    expect(again.list()).toHaveLength(50);
  });
});

describe('review notes', () => {
  const tempDir = useTempDirs();

  it('are saved without the invisible override that would flip them on screen', async () => {
    const store = await openAttempts({ dataDir: tempDir(), clock: fixedClock(), notices: createNotices(fixedClock()) });
    const a = await store.create(makeAttempt());
    const saved = await store.review(a.id, {
      ...review,
      nextTime: 'Say the \u202E02:01\u202C time first',
      criterionNotes: { empathy: '\uFEFFnamed it' },
    });
    expect(saved.review).toMatchObject({ nextTime: 'Say the 02:01 time first', criterionNotes: { empathy: 'named it' } });
    await store.close();
  });
});
