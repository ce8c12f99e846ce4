import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createExportsHandler } from '#electron/services/exports/exports-handler.js';
import { csvField, toCsv } from '#electron/services/exports/csv.js';
import { useTestStudios } from '#tests/support/studio.js';
import { fixedClock, useTempDirs } from '#tests/support/temp-dir.js';
import { parseEntry, readEntries } from '#tests/electron/services/data/raw-zip.js';
import {
  call,
  exportAll,
  exportPath,
  readBytes,
  recordAnswer,
  review,
  QUESTION_A,
  QUESTION_B,
} from '#tests/electron/services/data/support.js';

const DAY = 24 * 3600 * 1000;
const tempDir = useTempDirs();
const studioOn = useTestStudios();

/** RFC 4180 read back, as a spreadsheet would: proves the quoting survives the trip. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  const body = text.replace(/^\uFEFF/, '');
  for (let i = 0; i < body.length; i++) {
    const c = body[i]!;
    if (quoted) {
      if (c === '"' && body[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\r' && body[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else cell += c;
  }
  return rows;
}

describe('CSV', () => {
  it('quotes what needs quoting and doubles quotes inside', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a, b')).toBe('"a, b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField(' edge')).toBe('" edge"');
    expect(csvField(null)).toBe('');
    expect(toCsv(['a', 'b'], [[1, 'x,y']])).toBe('\uFEFFa,b\r\n1,"x,y"\r\n');
  });
});

describe('export', () => {
  it('holds README, manifest, JSON, CSV (a column per criterion), settings and the recordings', async () => {
    const dir = tempDir();
    const studio = await studioOn(dir);
    const answer = await recordAnswer(studio);
    await call(studio, 'attempts:review', { attemptId: answer.id, review: review() });
    const entries = await readEntries(readBytes(exportPath(dir, await exportAll(studio))));
    expect(entries.map((e) => e.name)).toEqual([
      'README.txt',
      'manifest.json',
      'attempts.json',
      'attempts.csv',
      'settings.json',
      `recordings/${answer.id}.webm`,
    ]);
    expect(Buffer.from(entries[5]!.data).equals(fs.readFileSync(path.join(dir, 'recordings', `${answer.id}.webm`)))).toBe(true);

    const readme = Buffer.from(entries[0]!.data).toString('utf8');
    for (const name of ['manifest.json', 'attempts.json', 'attempts.csv', 'settings.json', 'recordings/']) expect(readme).toContain(name);

    const csv = Buffer.from(entries[3]!.data)
      .toString('utf8')
      .replace(/^\uFEFF/, '')
      .split('\r\n');
    const header = csv[0]!.split(',');
    expect(header.slice(0, 3)).toEqual(['attempt_id', 'question_id', 'question']);
    expect(header).toContain('mark: star');
    expect(header).toContain('mark: empathy');
    expect(header).toContain('note: empathy');
    expect(csv).toHaveLength(3); // header, one row, the final empty line
    const row = csv[1]!;
    expect(row).toContain(`${answer.id},${QUESTION_A},`);
    expect(row).toContain(`"'=SUM(A1) is not a formula, just words, with, commas"`); // quoted, and never a formula
    expect(row).toContain('"Say ""I understand"", then act."');
    const [, cells] = parseCsv(Buffer.from(entries[3]!.data).toString('utf8'));
    expect(cells).toHaveLength(header.length);
    expect(cells![header.indexOf('mark: star')]).toBe('met');
    expect(cells![header.indexOf('mark: empathy')]).toBe('partly');
    expect(cells![header.indexOf('note: empathy')]).toBe('Say "I understand", then act.');
    expect(cells![header.indexOf('next_time')]).toBe("'=SUM(A1) is not a formula, just words, with, commas");
    expect(parseEntry<{ attempts: unknown[] }>(entries, 'attempts.json').attempts).toHaveLength(1);
  });

  it('chooses answers by date range and by question', async () => {
    const dir = tempDir();
    const clock = fixedClock('2026-11-01T12:00:00.000Z');
    const studio = await studioOn(dir, clock);
    const early = await recordAnswer(studio, QUESTION_A);
    clock.advance(10 * DAY);
    const middle = await recordAnswer(studio, QUESTION_B);
    clock.advance(10 * DAY);
    const late = await recordAnswer(studio, QUESTION_A);
    const idsOf = async (scope: object) =>
      parseEntry<{ attempts: { id: string }[] }>(
        await readEntries(readBytes(exportPath(dir, await exportAll(studio, scope)))),
        'attempts.json',
      ).attempts.map((a) => a.id);

    expect(await idsOf({})).toEqual([early.id, middle.id, late.id]);
    expect(await idsOf({ from: '2026-11-05', to: '2026-11-15' })).toEqual([middle.id]);
    expect(await idsOf({ from: '2026-11-05' })).toEqual([middle.id, late.id]);
    expect(await idsOf({ to: '2026-11-11T12:00:00.000Z' })).toEqual([early.id, middle.id]);
    expect(await idsOf({ questionIds: [QUESTION_A] })).toEqual([early.id, late.id]);
    expect(await idsOf({ questionIds: [QUESTION_A], from: '2026-11-15' })).toEqual([late.id]);
  });

  it('can be cancelled part-way, leaving no archive and no partial file', async () => {
    const dir = tempDir();
    const studio = await studioOn(dir);
    const answer = await recordAnswer(studio);
    // A long recording to export: the real one, grown to 400 MB (sparse, so instant to make).
    fs.truncateSync(path.join(dir, 'recordings', `${answer.id}.webm`), 400 * 1024 * 1024);
    const { jobId, fileName } = await call(studio, 'exports:start', { scope: {} });
    expect(await call(studio, 'exports:start', { scope: {} }).catch((e: { code: string }) => e.code)).toBe('conflict');
    let status = await call(studio, 'exports:status', { jobId });
    for (let i = 0; i < 200 && status.doneBytes === 0; i++) {
      await new Promise((r) => setTimeout(r, 5));
      status = await call(studio, 'exports:status', { jobId });
    }
    expect(status.state).toBe('running');
    expect(status.totalBytes).toBeGreaterThan(400 * 1024 * 1024);
    expect(await call(studio, 'exports:cancel', { jobId })).toEqual({ cancelled: true });
    expect(await call(studio, 'exports:status', { jobId })).toMatchObject({ state: 'cancelled', downloadUrl: null, fileName });
    expect(fs.readdirSync(path.join(dir, 'exports'))).toEqual([]);
  });

  it('removes finished archives on request', async () => {
    const dir = tempDir();
    const studio = await studioOn(dir);
    await recordAnswer(studio);
    const first = await exportAll(studio);
    const size = fs.statSync(exportPath(dir, first)).size;
    expect(await call(studio, 'exports:clear')).toEqual({ removed: 1, freedBytes: size });
    expect(await call(studio, 'exports:status', { jobId: first.jobId })).toMatchObject({ state: 'done', downloadUrl: null });
  });
});

describe('the exports download handler', () => {
  it('serves a finished archive as an attachment and nothing else', async () => {
    const dir = tempDir();
    const studio = await studioOn(dir);
    await recordAnswer(studio);
    const status = await exportAll(studio);
    const served = await studio.exportFiles(new Request(`http://127.0.0.1/exports/${status.fileName}`));
    expect(served.status).toBe(200);
    expect(served.headers.get('content-type')).toBe('application/zip');
    expect(served.headers.get('content-disposition')).toBe(`attachment; filename="${status.fileName}"`);
    expect(Buffer.from(await served.arrayBuffer()).equals(fs.readFileSync(exportPath(dir, status)))).toBe(true);
    expect((await studio.exportFiles(new Request(`http://127.0.0.1/exports/${status.fileName}`, { method: 'HEAD' }))).status).toBe(200);
    expect((await studio.exportFiles(new Request(`http://127.0.0.1/exports/${status.fileName}`, { method: 'POST' }))).status).toBe(405);

    fs.writeFileSync(path.join(dir, 'exports', 'notes.txt'), 'x');
    fs.writeFileSync(path.join(dir, 'exports', 'interview-studio-20261127-100000-9.zip.part'), 'x');
    fs.symlinkSync('/etc/passwd', path.join(dir, 'exports', 'interview-studio-20261127-100001.zip'));
    const handler = createExportsHandler(path.join(dir, 'exports'));
    for (const name of [
      'notes.txt',
      'interview-studio-20261127-100000-9.zip.part',
      'interview-studio-20261127-100001.zip',
      '..%2Fconfig.json',
      '%2e%2e%2fconfig.json',
      'interview-studio-x.zip',
    ]) {
      expect((await handler(new Request(`http://127.0.0.1/exports/${name}`))).status, name).toBe(404);
    }
  });
});
