import { link, mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { isInside, resolveRecordingFile } from '#electron/services/recordings/resolve-file.js';

const ID = '6a1b2c3d-4e5f-4a6b-8c7d-0e1f2a3b4c5d';
let root: string;
let dir: string;

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'studio-resolve-'));
  dir = join(root, 'recordings');
  await mkdir(dir, { mode: 0o700 });
});
afterEach(() => rm(root, { recursive: true, force: true }));

describe('resolveRecordingFile', () => {
  it('finds a finished recording of any container, with its type and size', async () => {
    await writeFile(join(dir, `${ID}.mp4`), 'twelve bytes');
    expect(await resolveRecordingFile(dir, ID)).toEqual({ path: join(dir, `${ID}.mp4`), mimeType: 'audio/mp4', size: 12 });
  });

  it('does not serve a recording still in progress or kept aside', async () => {
    await writeFile(join(dir, `${ID}.part`), 'x');
    await writeFile(join(dir, `${ID}.part.unplayable`), 'x');
    await writeFile(join(dir, `${ID}.webm.tmp`), 'x');
    expect(await resolveRecordingFile(dir, ID)).toBeNull();
  });

  it.each(['../x', '%2e%2e', '/etc/passwd', `${ID}\0`, `${ID}/../${ID}`, '', 42, null, ID.toUpperCase()])(
    'refuses %j before touching any file',
    async (id) => {
      expect(await resolveRecordingFile(dir, id)).toBeNull();
    },
  );

  it('refuses a symlink, even one pointing at a real recording', async () => {
    const outside = join(root, 'secret.webm');
    await writeFile(outside, 'not yours');
    await symlink(outside, join(dir, `${ID}.webm`));
    expect(await resolveRecordingFile(dir, ID)).toBeNull();
  });

  it('refuses a folder named like a recording', async () => {
    await mkdir(join(dir, `${ID}.webm`));
    expect(await resolveRecordingFile(dir, ID)).toBeNull();
  });

  it('follows a data folder that is itself reached through a symlink', async () => {
    // /home/me → /mnt/disk/me is the person's own doing and fine; only recordings/ itself must be real.
    const linkedData = join(root, 'linked-data');
    await symlink(root, linkedData);
    await writeFile(join(dir, `${ID}.webm`), 'ok');
    const found = await resolveRecordingFile(join(linkedData, basename(dir)), ID);
    expect(found?.size).toBe(2);
  });

  it('refuses a recordings folder that is itself a symlink, and a file with a second (hard) link', async () => {
    const linked = join(root, 'linked-recordings');
    await symlink(dir, linked);
    await writeFile(join(dir, `${ID}.webm`), 'ok');
    expect(await resolveRecordingFile(linked, ID)).toBeNull();
    expect(await resolveRecordingFile(dir, ID)).not.toBeNull();
    await link(join(dir, `${ID}.webm`), join(root, 'second-name'));
    expect(await resolveRecordingFile(dir, ID)).toBeNull();
  });
});

describe('isInside', () => {
  it('knows separators: a sibling folder sharing a prefix is outside', () => {
    expect(isInside('/data/recordings', '/data/recordings/a.webm')).toBe(true);
    expect(isInside('/data/recordings', '/data/recordings-evil/a.webm')).toBe(false);
    expect(isInside('/data/recordings', '/data/recordings')).toBe(false);
    expect(isInside('/data/recordings', '/data/a.webm')).toBe(false);
    expect(isInside('/data/recordings', '/etc/passwd')).toBe(false);
    expect(isInside('/data/recordings', '/data/recordings/..foo')).toBe(true); // a name, not a parent
  });
});
