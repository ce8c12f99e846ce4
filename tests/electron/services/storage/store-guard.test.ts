import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { guardStoreFile } from '#electron/services/storage/store-guard.js';
import { fixedClock, useTempDirs } from '#tests/support/temp-dir.js';

const isValid = (data: unknown) => typeof data === 'object' && data !== null && !Array.isArray(data);

describe('guardStoreFile', () => {
  const tempDir = useTempDirs();

  it('reports a missing file and writes nothing', () => {
    const dir = tempDir();
    expect(guardStoreFile({ file: path.join(dir, 'config.json'), isValid, clock: fixedClock() })).toEqual({ status: 'missing' });
    expect(fs.readdirSync(dir)).toEqual([]);
  });

  it('keeps a good file and a last-good copy of it', () => {
    const file = path.join(tempDir(), 'config.json');
    fs.writeFileSync(file, '{"settings":{"thinkSeconds":5}}');
    expect(guardStoreFile({ file, isValid, clock: fixedClock() })).toEqual({ status: 'ok' });
    expect(fs.readFileSync(`${file}.last-good`, 'utf8')).toBe('{"settings":{"thinkSeconds":5}}');
  });

  it.each([
    ['empty', ''],
    ['truncated', '{"settings":{"thinkSe'],
    ['not JSON', '\u0000\u0001garbage'],
    ['wrong layout', '[1,2,3]'],
  ])('sets a %s file aside with its original bytes and starts fresh', (_name, content) => {
    const file = path.join(tempDir(), 'config.json');
    fs.writeFileSync(file, content);
    const result = guardStoreFile({ file, isValid, clock: fixedClock() });
    expect(result.status).toBe('reset');
    if (result.status !== 'reset') return;
    expect(fs.readFileSync(result.asidePath, 'utf8')).toBe(content);
    expect(fs.existsSync(file)).toBe(false);
  });

  it('restores the last good copy when there is one', () => {
    const file = path.join(tempDir(), 'config.json');
    fs.writeFileSync(file, '{"settings":{"thinkSeconds":7}}');
    guardStoreFile({ file, isValid, clock: fixedClock() });
    fs.writeFileSync(file, '{"settings":');
    const result = guardStoreFile({ file, isValid, clock: fixedClock() });
    expect(result.status).toBe('restored');
    expect(fs.readFileSync(file, 'utf8')).toBe('{"settings":{"thinkSeconds":7}}');
    if (result.status === 'restored') expect(fs.readFileSync(result.asidePath, 'utf8')).toBe('{"settings":');
  });
});
