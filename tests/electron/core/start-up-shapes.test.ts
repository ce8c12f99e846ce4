import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { lockDataFolder, LOCK_FILE } from '#electron/services/storage/data-folder-lock.js';
import type { Notice } from '#shared/schemas/notice.js';
import type { Settings } from '#shared/schemas/settings.js';
import { openTestStudio } from '#tests/support/studio.js';
import { useTempDirs } from '#tests/support/temp-dir.js';

const tempDir = useTempDirs();

async function value<T>(result: Promise<unknown>): Promise<T> {
  const answer = (await result) as { ok: boolean; value: T };
  expect(answer).toMatchObject({ ok: true });
  return answer.value;
}

/**
 * A data folder whose files have the wrong shape (a folder where a file belongs, a file where a
 * folder belongs, a link) once stopped the app with a raw EISDIR/EEXIST/ENOTDIR. Now it starts,
 * sets the odd thing aside under a name that says so, and says in words what it did and where.
 */
describe('start-up with a data folder of the wrong shape', () => {
  it.each([
    ['config.json', 'dir', /Your settings file could not be read \(it is a folder, not a file\)/],
    ['facility-profile.json', 'dir', /Your facility profile could not be read \(it is a folder, not a file\)/],
    ['recordings', 'file', /recordings.*was a file, not a folder/],
    ['exports', 'file', /exports.*was a file, not a folder/],
    ['attempts', 'file', /attempts.*was a file, not a folder/],
  ] as const)('starts when %s is a %s, sets it aside and says so', async (name, shape, words) => {
    const dir = tempDir();
    const target = path.join(dir, name);
    if (shape === 'dir') fs.mkdirSync(path.join(target, 'inside'), { recursive: true });
    else fs.writeFileSync(target, 'not a folder');
    const studio = await openTestStudio(dir);
    try {
      const notices = await value<Notice[]>(studio.dispatch('app:notices', undefined));
      const notice = notices.find((n) => words.test(n.message));
      expect(notice, JSON.stringify(notices)).toBeDefined();
      // The odd thing is kept, under a name the notice gives.
      const aside = fs.readdirSync(dir).filter((f) => f.startsWith(`${name}.`) && !f.endsWith('.last-good'));
      expect(aside.length, fs.readdirSync(dir).join(', ')).toBeGreaterThan(0);
      expect(notice!.message).toContain(aside.find((f) => !f.includes('.tmp'))!);
      // And the app works: settings save, an answer's folder can be made.
      expect(await value<Settings>(studio.dispatch('settings:set', { thinkSeconds: 12 }))).toMatchObject({ thinkSeconds: 12 });
      expect(await value<unknown>(studio.dispatch('profile:set', { name: 'Lakeside' }))).toMatchObject({ name: 'Lakeside' });
    } finally {
      await studio.close();
    }
  });

  // Root reads every file whatever its mode, so there is nothing to refuse it: said, not silently passed.
  const asRoot = process.getuid?.() === 0;
  it.skipIf(asRoot)(
    'starts when config.json may not be read (mode 000), setting it aside [skipped as root: root reads any file]',
    async () => {
      const dir = tempDir();
      fs.writeFileSync(path.join(dir, 'config.json'), '{}', { mode: 0o000 });
      const studio = await openTestStudio(dir);
      try {
        const notices = await value<Notice[]>(studio.dispatch('app:notices', undefined));
        expect(notices.map((n) => n.message).join('\n')).toMatch(
          /Your settings file could not be read \(your user account is not allowed to read it\)/,
        );
      } finally {
        await studio.close();
      }
    },
  );

  it('takes the lock when studio.lock is a folder, setting it aside', () => {
    const dir = tempDir();
    fs.mkdirSync(path.join(dir, LOCK_FILE, 'inside'), { recursive: true });
    const lock = lockDataFolder(dir, 'the browser host');
    expect(fs.statSync(path.join(dir, LOCK_FILE)).isFile()).toBe(true);
    expect(fs.readdirSync(dir).some((f) => f.startsWith(`${LOCK_FILE}.not-a-file-`))).toBe(true);
    lock.release();
  });
});
