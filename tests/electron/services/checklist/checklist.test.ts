import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CHECKLIST_FILE, openChecklist } from '#electron/services/checklist/checklist.js';
import { createNotices } from '#electron/services/storage/notices.js';
import { EMPTY_CHECKLIST_STATE } from '#shared/schemas/checklist.js';
import { repoRoot } from '#tests/support/browser-host-process.js';
import { bundleChild } from '#tests/support/bundle-child.js';
import { runAndKill } from '#tests/support/kill-at-random.js';
import { useTestStudios } from '#tests/support/studio.js';
import { fixedClock, useTempDirs } from '#tests/support/temp-dir.js';
import { call, failure } from '#tests/electron/services/data/support.js';

const tempDir = useTempDirs();
const studioOn = useTestStudios();
const item = (id: string) => ({ id, text: `Do ${id}`, source: 'coaching' as const });
const LIBRARY = {
  checklists: [
    { id: 'before-the-interview', title: 'Before the interview', items: [item('research-core-values'), item('questions-to-ask')] },
    { id: 'after-the-interview', title: 'After the interview', items: [item('send-thank-you-note')] },
  ],
};

function open(dir: string) {
  const clock = fixedClock();
  const notices = createNotices(clock);
  return { checklist: openChecklist({ dataDir: dir, clock, notices, library: LIBRARY }), notices, file: path.join(dir, CHECKLIST_FILE) };
}

describe('"Before the interview" checklist service', () => {
  it('starts with nothing ticked, keeps ticks and folding in its own owner-only file, and reads them back after a restart', () => {
    const dir = tempDir();
    const { checklist, file } = open(dir);
    expect(checklist.get()).toEqual(EMPTY_CHECKLIST_STATE);
    expect(JSON.parse(fs.readFileSync(file, 'utf8'))).toEqual({ schemaVersion: 1 });
    expect(fs.statSync(file).mode & 0o777).toBe(0o600);

    checklist.tick('research-core-values', true);
    expect(checklist.tick('questions-to-ask', true)).toEqual({ checked: ['questions-to-ask', 'research-core-values'], folded: false });
    expect(checklist.tick('research-core-values', false).checked).toEqual(['questions-to-ask']);
    expect(checklist.fold(true)).toEqual({ checked: ['questions-to-ask'], folded: true });
    // What was answered is on the disk already: a fresh open reads it.
    expect(open(dir).checklist.get()).toEqual({ checked: ['questions-to-ask'], folded: true });
  });

  it('refuses an item that is not on the checklist (nor one of another checklist) and writes nothing', () => {
    const { checklist } = open(tempDir());
    checklist.tick('questions-to-ask', true);
    expect(() => checklist.tick('send-thank-you-note', true)).toThrowError(/not an item of the Before the interview checklist/);
    expect(() => checklist.tick('made-up', true)).toThrowError(/"made-up"/);
    expect(checklist.get().checked).toEqual(['questions-to-ask']);
  });

  it('replaces the ticks as a whole (an import) without touching the folding, and clears everything', () => {
    const { checklist } = open(tempDir());
    checklist.fold(true);
    checklist.replace(['questions-to-ask', 'research-core-values', 'questions-to-ask']);
    expect(checklist.get()).toEqual({ checked: ['questions-to-ask', 'research-core-values'], folded: true });
    checklist.clear();
    expect(checklist.get()).toEqual(EMPTY_CHECKLIST_STATE);
  });
});

describe('a damaged checklist file', () => {
  it.each([
    ['cut short', '{"schemaVersion":1,"beforeTheInterview":{"checked":["resea'],
    ['empty', ''],
    ['of the wrong layout', '[1,2,3]'],
    ['holding a value of the wrong type', '{"schemaVersion":1,"beforeTheInterview":{"checked":"all","folded":false}}'],
  ])('is set aside when %s, with a notice naming where the original went, and starts with nothing ticked', (_label, bytes) => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, CHECKLIST_FILE), bytes);
    const { checklist, notices } = open(dir);
    expect(checklist.get()).toEqual(EMPTY_CHECKLIST_STATE);
    const [notice] = notices.list();
    expect(notice).toMatchObject({ kind: 'store_reset', level: 'warning' });
    expect(notice!.message).toMatch(
      /^Your "Before the interview" checklist could not be read .*it starts with nothing ticked\. The original was kept at /,
    );
    const aside = fs.readdirSync(dir).find((name) => name.startsWith(`${CHECKLIST_FILE}.corrupt-`));
    expect(aside).toBeDefined();
    expect(fs.readFileSync(path.join(dir, aside!), 'utf8')).toBe(bytes);
    // And the service works on: the next tick is saved.
    checklist.tick('questions-to-ask', true);
    expect(open(dir).checklist.get().checked).toEqual(['questions-to-ask']);
  });

  it('is replaced by the last good copy when there is one', () => {
    const dir = tempDir();
    open(dir).checklist.tick('research-core-values', true);
    open(dir); // a good start keeps a last-good copy
    fs.writeFileSync(path.join(dir, CHECKLIST_FILE), '{"schemaVersion":1,"beforeTheInterview":');
    const { checklist, notices } = open(dir);
    expect(checklist.get().checked).toEqual(['research-core-values']);
    expect(notices.list()[0]!.message).toMatch(/the last good copy was restored/);
  });

  it('does not cost the settings or the profile, and the app starts with the notice', async () => {
    const dir = tempDir();
    const first = await studioOn(dir);
    await call(first, 'settings:set', { thinkSeconds: 12 });
    await call(first, 'profile:set', { name: 'Riverside Family Clinic' });
    await first.close();
    fs.writeFileSync(path.join(dir, CHECKLIST_FILE), 'not json');
    const studio = await studioOn(dir);
    expect((await call(studio, 'settings:get')).thinkSeconds).toBe(12);
    expect((await call(studio, 'profile:get')).name).toBe('Riverside Family Clinic');
    expect(await call(studio, 'checklist:get')).toEqual(EMPTY_CHECKLIST_STATE);
    const notices = await call(studio, 'app:notices');
    expect(notices.map((n) => n.message).join('\n')).toMatch(/Your "Before the interview" checklist could not be read/);
  });
});

describe('checklist channels', () => {
  it('tick and fold through the dispatcher against the built-in checklist, refusing bad requests with nothing written', async () => {
    const dir = tempDir();
    const studio = await studioOn(dir);
    expect(await call(studio, 'checklist:get')).toEqual(EMPTY_CHECKLIST_STATE);
    await call(studio, 'checklist:tick', { itemId: 'know-ehr-systems', checked: true });
    expect(await call(studio, 'checklist:fold', { folded: true })).toEqual({ checked: ['know-ehr-systems'], folded: true });
    expect(await failure(studio, 'checklist:tick', { itemId: 'send-thank-you-note', checked: true })).toMatchObject({
      code: 'invalid_request',
    });
    expect(await failure(studio, 'checklist:tick', { itemId: 'Know EHR', checked: true })).toMatchObject({ code: 'invalid_request' });
    expect(await failure(studio, 'checklist:tick', { itemId: 'know-ehr-systems' })).toMatchObject({ code: 'invalid_request' });
    expect(await failure(studio, 'checklist:fold', { folded: 'yes' })).toMatchObject({ code: 'invalid_request' });
    expect(await call(studio, 'checklist:get')).toEqual({ checked: ['know-ehr-systems'], folded: true });
  });

  it('"Delete everything" clears the ticks too', async () => {
    const studio = await studioOn(tempDir());
    await call(studio, 'checklist:tick', { itemId: 'know-ehr-systems', checked: true });
    await call(studio, 'data:deleteEverything', { confirm: 'DELETE EVERYTHING' });
    expect(await call(studio, 'checklist:get')).toEqual(EMPTY_CHECKLIST_STATE);
  });
});

describe('ticks killed with SIGKILL', () => {
  const RUNS = 5;
  it(`never lose a tick that was answered, nor leave a file that needs setting aside (${RUNS} kills)`, async () => {
    const child = await bundleChild('checklist-ticker.ts');
    let acknowledgedInAll = 0;
    for (let run = 0; run < RUNS; run++) {
      const dir = tempDir();
      const lines = await runAndKill(process.execPath, [child, dir], 60, repoRoot);
      const acknowledged = lines.filter((l) => l.startsWith('ticked ')).map((l) => l.slice('ticked '.length));
      acknowledgedInAll += acknowledged.length;
      const ids = Array.from({ length: 150 }, (_, i) => `item-${i}`);
      const library = { checklists: [{ id: 'before-the-interview', title: 'Before', items: ids.map(item) }] };
      const clock = fixedClock();
      const notices = createNotices(clock);
      const reopened = openChecklist({ dataDir: dir, clock, notices, library });
      expect(notices.list(), `run ${run}`).toEqual([]);
      const checked = new Set(reopened.get().checked);
      for (const id of acknowledged) expect(checked.has(id), `run ${run}: ${id}`).toBe(true);
    }
    expect(acknowledgedInAll).toBeGreaterThan(0);
  }, 120_000);
});
