import { beforeAll, describe, expect, it } from 'vitest';
import yazl from 'yazl';
import type { Studio } from '#electron/core/open-studio.js';
import type { Attempt } from '#shared/schemas/attempt.js';
import { snapshotFolder } from '#tests/support/folder-snapshot.js';
import { openTestStudio } from '#tests/support/studio.js';
import { useTempDirs } from '#tests/support/temp-dir.js';
import { jsonBytes, parseEntry, rawZip, readEntries, type RawEntry } from '#tests/electron/services/data/raw-zip.js';
import { call, exportAll, exportPath, failure, readBytes, recordAnswer, upload } from '#tests/electron/services/data/support.js';

const tempDir = useTempDirs();

let good: RawEntry[] = [];
let goodZip: Uint8Array;
let recorded: Attempt;

beforeAll(async () => {
  // A real export with one recorded answer, from a folder of its own.
  const { mkdtempSync } = await import('node:fs');
  const { tmpdir } = await import('node:os');
  const { join } = await import('node:path');
  const dir = mkdtempSync(join(tmpdir(), 'studio-export-source-'));
  const studio = await openTestStudio(dir);
  recorded = await recordAnswer(studio);
  goodZip = readBytes(exportPath(dir, await exportAll(studio)));
  good = await readEntries(goodZip);
  bomb = await makeBomb();
  await studio.close();
});

const recordingName = () => good.find((e) => e.name.startsWith('recordings/'))!.name;
const replace = (name: string, change: Partial<RawEntry>) => good.map((e) => (e.name === name ? { ...e, ...change } : e));
const withAttempts = (edit: (attempts: Record<string, unknown>[]) => unknown[]) =>
  replace('attempts.json', {
    data: jsonBytes({ attempts: edit(parseEntry<{ attempts: Record<string, unknown>[] }>(good, 'attempts.json').attempts) }),
  });
const withManifest = (edit: (m: Record<string, unknown>) => unknown) =>
  replace('manifest.json', { data: jsonBytes(edit(parseEntry<Record<string, unknown>>(good, 'manifest.json'))) });

/**
 * Opens a studio on a folder with one answer of its own, a facility profile, a suspended question
 * and a mock interview, so "unchanged" has something to protect.
 */
async function studioWithData(): Promise<{ studio: Studio; dir: string }> {
  const dir = tempDir();
  const studio = await openTestStudio(dir);
  await recordAnswer(studio);
  await call(studio, 'profile:set', { name: 'Lakeside Hospital', notes: 'Mine, not the archive’s.' });
  await call(studio, 'schedule:suspend', { questionId: 'why-this-facility', suspended: true });
  await call(studio, 'mock:start', { questionCount: 3, timeZone: 'UTC' });
  return { studio, dir };
}

const SESSION = {
  id: '0b0e8f7c-8a55-4c1e-9d6a-2f0d0c5e4b11',
  startedAt: '2026-11-20T09:00:00.000Z',
  questionIds: ['insurance-denial', 'why-this-facility', 'questions-for-us'],
  followUp: { checked: [], remindOn: null, done: false },
};
const adding = (name: string, value: unknown) =>
  rawZip([...good, { name, data: typeof value === 'string' ? Buffer.from(value) : jsonBytes(value) }]);

/** One of the user's own questions, as an export writes it. */
const OWN_QUESTION = {
  id: 'custom-abcdefghij',
  text: 'Why do you want to work here?',
  categoryId: 'facility-fit',
  criteriaIds: ['tailoring'],
  listenFor: 'Names the facility.',
  starHint: 'Say what you know.',
  followUps: ['Why now?'],
  difficulty: 'medium',
};

/** The good archive with this data entry (added, or in place of its own) declared `size` bytes in the directory. */
const withDeclared = (name: string, size: number) =>
  rawZip([...good.filter((e) => e.name !== name), { name, data: Buffer.alloc(1), declaredSize: size }]);
/** The good archive with this data entry (added, or in place of its own). */
const withEntry = (name: string, value: unknown) => rawZip([...good.filter((e) => e.name !== name), { name, data: jsonBytes(value) }]);

/** The good archive, its attempts.json followed by 8 MB of spaces deflated to a few KB (a real zip, made by yazl). */
let bomb: Buffer;
async function makeBomb(): Promise<Buffer> {
  const zip = new yazl.ZipFile();
  for (const entry of good) {
    const bytes = Buffer.from(entry.data);
    const data = entry.name === 'attempts.json' ? Buffer.concat([bytes, Buffer.alloc(8 * 1024 * 1024, 0x20)]) : bytes;
    zip.addBuffer(data, entry.name, { compress: entry.name === 'attempts.json' });
  }
  zip.end();
  const parts: Buffer[] = [];
  for await (const part of zip.outputStream) parts.push(part as Buffer);
  return Buffer.concat(parts);
}

const cases: [string, () => Uint8Array, RegExp][] = [
  ['a ../ entry (zip-slip)', () => rawZip([...good, { name: '../evil.txt', data: Buffer.from('x') }]), /outside its own folder/],
  [
    'a deep ../ inside recordings/',
    () => rawZip([...good, { name: 'recordings/../../evil.webm', data: Buffer.from('x') }]),
    /outside its own folder/,
  ],
  ['an absolute path', () => rawZip([...good, { name: '/tmp/evil.txt', data: Buffer.from('x') }]), /outside its own folder/],
  ['a Windows drive path', () => rawZip([...good, { name: 'C:/evil.txt', data: Buffer.from('x') }]), /outside its own folder/],
  ['a backslash name', () => rawZip([...good, { name: 'recordings\\evil.webm', data: Buffer.from('x') }]), /outside its own folder/],
  [
    'a NUL in a name',
    () => rawZip([...good, { name: `${recordingName()}\0.txt`, data: Buffer.from('x') }]),
    /not part of an Interview Studio export/,
  ],
  [
    'a name we never make',
    () => rawZip([...good, { name: 'recordings/evil.sh', data: Buffer.from('x') }]),
    /not part of an Interview Studio export/,
  ],
  ['a symlink entry', () => rawZip(replace(recordingName(), { data: Buffer.from('/etc/passwd'), unixMode: 0o120777 })), /symbolic link/],
  ['the same name twice', () => rawZip([...good, good.find((e) => e.name === 'settings.json')!]), /appears twice/],
  ['bytes that are not a zip', () => new Uint8Array(Buffer.from('this is not a zip file at all, just text')), /not a zip archive/],
  ['a truncated archive', () => goodZip.subarray(0, Math.floor(goodZip.length / 2)), /not a zip archive|damaged/],
  ['no manifest', () => rawZip(good.filter((e) => e.name !== 'manifest.json')), /no manifest\.json/],
  [
    'a foreign manifest',
    () => rawZip(withManifest((m) => ({ ...m, format: 'someone-elses-backup' }))),
    /does not describe an Interview Studio export/,
  ],
  ['a newer format version', () => rawZip(withManifest((m) => ({ ...m, formatVersion: 99 }))), /newer version/],
  [
    'counts that do not match',
    () => rawZip(withManifest((m) => ({ ...m, counts: { attempts: 5, recordings: 1, customQuestions: 0 } }))),
    /promises 5 answer/,
  ],
  ['attempts.json that is not JSON', () => rawZip(replace('attempts.json', { data: Buffer.from('{"attempts": [') })), /not valid JSON/],
  [
    'an answer that breaks the schema',
    () => rawZip(withAttempts((list) => list.map((a) => ({ ...a, review: { ...(a.review as object), rating: 9 } })))),
    /attempts\.json does not match/,
  ],
  [
    'an answer with a path for an id',
    () => rawZip(withAttempts((list) => list.map((a) => ({ ...a, id: '../../etc' })))),
    /attempts\.json does not match/,
  ],
  [
    'a recording of the wrong size',
    () => rawZip(withAttempts((list) => list.map((a) => ({ ...a, sizeBytes: 1 })))),
    /holds \d+ bytes but its answer says 1/,
  ],
  [
    'an answer recorded at 9999-12-31T23:59Z (it broke Progress east of UTC)',
    () => rawZip(withAttempts((list) => list.map((a) => ({ ...a, createdAt: '9999-12-31T23:59:00.000Z' })))),
    /the answer [0-9a-f-]{36} to [a-z-]+ in attempts\.json has a createdAt of 9999-12-31T23:59:00\.000Z, which is not a date from 2000 to 2099\./,
  ],
  [
    'an answer reviewed on 9999-12-01 (it broke Due today and mock interviews)',
    () => rawZip(withAttempts((list) => list.map((a) => ({ ...a, reviewedAt: '9999-12-01T00:00:00.000Z' })))),
    /has a reviewedAt of 9999-12-01T00:00:00\.000Z, which is not a date from 2000 to 2099/,
  ],
  [
    'an answer recorded before 2000',
    () => rawZip(withAttempts((list) => list.map((a) => ({ ...a, createdAt: '1970-01-01T00:00:00.000Z' })))),
    /has a createdAt of 1970-01-01T00:00:00\.000Z, which is not a date from 2000 to 2099/,
  ],
  [
    'a mock interview reminder in the year 9999',
    () => adding('mock-interviews.json', { sessions: [{ ...SESSION, followUp: { ...SESSION.followUp, remindOn: '9999-12-31' } }] }),
    /mock-interviews\.json does not match .*remindOn: is not a day from 2000 to 2099/,
  ],
  ['a recording with a wrong checksum', () => rawZip(replace(recordingName(), { crc: 12345 })), /checksum/],
  ['a recording that is not audio', () => rawZip(replace(recordingName(), { data: Buffer.alloc(recorded.sizeBytes, 0x41) })), /not audio/],
  ['an answer whose recording is missing', () => rawZip(good.filter((e) => !e.name.startsWith('recordings/'))), /promises|holds none/],
  [
    'an entry larger than an export makes',
    () => rawZip(replace('settings.json', { declaredSize: 10 * 1024 * 1024 })),
    /larger than an export/,
  ],
  // Issue 19: hostile archives found by a red-team pass.
  ['a zip bomb: attempts.json inflating a thousand times', () => bomb, /attempts\.json would inflate \d+ times/],
  [
    'a recording entry of 300 MB',
    () =>
      rawZip(
        withAttempts((list) => list.map((a) => ({ ...a, sizeBytes: 300 * 1024 * 1024 }))).map((e) =>
          e.name.startsWith('recordings/') ? { ...e, declaredSize: 300 * 1024 * 1024 } : e,
        ),
      ),
    /is 300 MB, larger than any real answer/,
  ],
  [
    'entries that would unpack to more than 64 GB in all',
    () =>
      rawZip([
        ...good,
        ...Array.from({ length: 340 }, (_, i) => ({
          name: `recordings/00000000-0000-4000-8000-${String(i).padStart(12, '0')}.webm`,
          data: Buffer.alloc(1),
          declaredSize: 199 * 1024 * 1024,
        })),
      ]),
    /would unpack to [\d,]+ MB, more than any real history/,
  ],
  [
    'a custom questions file of 20 MB',
    () => withDeclared('custom-questions.json', 20 * 1024 * 1024),
    /custom-questions\.json is larger than an export/,
  ],
  [
    'a custom question longer than the editor allows',
    () => withEntry('custom-questions.json', { questions: [{ ...OWN_QUESTION, text: `${'Why? '.repeat(101)}` }] }),
    /custom-questions\.json does not match .* at questions\.0\.text/,
  ],
  [
    'a custom question with a follow-up longer than the editor allows',
    () => withEntry('custom-questions.json', { questions: [{ ...OWN_QUESTION, followUps: ['x'.repeat(301)] }] }),
    /custom-questions\.json does not match .* at questions\.0\.followUps\.0/,
  ],
  [
    'a facility profile that is not JSON',
    () => adding('facility-profile.json', '{"name": "Riv'),
    /facility-profile\.json is not valid JSON/,
  ],
  [
    'a facility profile of an unknown kind',
    () => adding('facility-profile.json', { name: 'Riverside', kind: 'castle' }),
    /facility-profile\.json does not match what this version expects at kind/,
  ],
  [
    'a facility profile with an impossible date',
    () => adding('facility-profile.json', { interviewDate: '2026-02-30' }),
    /facility-profile\.json does not match .* at interviewDate/,
  ],
  [
    'a suspension that is a path',
    () => adding('review-schedule.json', { suspended: ['../../etc'] }),
    /review-schedule\.json does not match .* at suspended\.0/,
  ],
  [
    'a review schedule of the wrong shape',
    () => adding('review-schedule.json', ['insurance-denial']),
    /review-schedule\.json does not match/,
  ],
  [
    'a mock interview without questions',
    () => adding('mock-interviews.json', { sessions: [{ ...SESSION, questionIds: [] }] }),
    /mock-interviews\.json does not match .* at sessions\.0\.questionIds/,
  ],
  [
    'a mock interview with a path for an id',
    () => adding('mock-interviews.json', { sessions: [{ ...SESSION, id: '../x' }] }),
    /mock-interviews\.json does not match .* at sessions\.0\.id/,
  ],
  [
    'the same mock interview twice',
    () => adding('mock-interviews.json', { sessions: [SESSION, SESSION] }),
    /lists the mock interview .* twice/,
  ],
  [
    'a manifest promising mock interviews it lacks',
    () => rawZip(withManifest((m) => ({ ...m, counts: { ...(m.counts as object), mockSessions: 3 } }))),
    /promises 3 mock interview/,
  ],
];

describe('a refused import changes nothing', () => {
  it.each(cases)('refuses %s with a clear message, leaving the folder byte for byte as it was', async (_label, build, message) => {
    const { studio, dir } = await studioWithData();
    const before = snapshotFolder(dir);
    const error = await upload(studio, build()).then(
      () => null,
      (e: Error & { code: string }) => e,
    );
    expect(error?.message).toMatch(/This file cannot be imported/);
    expect(error?.message).toMatch(message);
    expect((error as { code?: string }).code).toBe('invalid_request');
    expect(snapshotFolder(dir)).toBe(before);
    expect(await call(studio, 'attempts:list', {})).toHaveLength(1);
    await studio.close();
  });

  it('refuses an upload announced larger than any export before receiving a byte', async () => {
    const { studio, dir } = await studioWithData();
    const before = snapshotFolder(dir);
    const error = await failure(studio, 'imports:begin', { totalBytes: 9 * 1024 ** 3 });
    expect(error).toMatchObject({ code: 'invalid_request' });
    expect(error.message).toMatch(/larger than any export/);
    expect(snapshotFolder(dir)).toBe(before);
    await studio.close();
  });

  it('refuses pieces that are too big, out of order, or more than announced', async () => {
    const { studio } = await studioWithData();
    const { importId } = await call(studio, 'imports:begin', { totalBytes: 10 });
    expect(await failure(studio, 'imports:append', { importId, seq: 0, bytes: new Uint8Array(5 * 1024 * 1024) })).toMatchObject({
      code: 'chunk_too_large',
    });
    expect(await failure(studio, 'imports:append', { importId, seq: 1, bytes: new Uint8Array(2) })).toMatchObject({
      code: 'recording_gap',
    });
    expect(await failure(studio, 'imports:append', { importId, seq: 0, bytes: new Uint8Array(11) })).toMatchObject({
      code: 'invalid_request',
    });
    await call(studio, 'imports:append', { importId, seq: 0, bytes: new Uint8Array(4) });
    expect(await failure(studio, 'imports:finish', { importId })).toMatchObject({ code: 'invalid_request' });
    expect(await call(studio, 'imports:cancel', { importId })).toEqual({ cancelled: true });
    await studio.close();
  });

  it('a cancelled upload leaves nothing behind', async () => {
    const { studio, dir } = await studioWithData();
    const before = snapshotFolder(dir);
    const { importId } = await call(studio, 'imports:begin', { totalBytes: goodZip.byteLength });
    await call(studio, 'imports:append', { importId, seq: 0, bytes: goodZip.subarray(0, 100) });
    expect(snapshotFolder(dir)).not.toBe(before);
    await call(studio, 'imports:cancel', { importId });
    expect(snapshotFolder(dir)).toBe(before);
    await studio.close();
  });

  it('accepts well-formed facility profile, review schedule and mock interview files beside it', async () => {
    const { studio } = await studioWithData();
    const withPractice = rawZip([
      ...good.map((e) =>
        e.name === 'manifest.json' ? { ...e, data: jsonBytes(edit(parseEntry<{ counts: object }>(good, 'manifest.json'))) } : e,
      ),
      { name: 'facility-profile.json', data: jsonBytes({ name: 'Riverside', kind: 'clinic', interviewDate: '2026-12-04' }) },
      { name: 'review-schedule.json', data: jsonBytes({ suspended: ['insurance-denial'] }) },
      { name: 'mock-interviews.json', data: jsonBytes({ sessions: [SESSION] }) },
    ]);
    function edit(m: { counts: object }) {
      return { ...m, counts: { ...m.counts, mockSessions: 1, suspendedQuestions: 1 } };
    }
    const preview = await upload(studio, withPractice);
    expect(preview.mockSessions).toMatchObject({ total: 1, new: 1 });
    expect(preview.suspensions).toEqual({ total: 1, new: 1 });
    expect(preview.facilityProfile).toMatchObject({ state: 'differs', name: 'Riverside', newer: 'mine' });
    await call(studio, 'imports:cancel', { importId: preview.importId });
    await studio.close();
  });

  it('accepts the unmodified archive (the cases above differ from it in one thing each)', async () => {
    const { studio } = await studioWithData();
    const preview = await upload(studio, rawZip(good));
    expect(preview.attempts.new).toBe(1);
    await call(studio, 'imports:cancel', { importId: preview.importId });
    await studio.close();
  });
});
