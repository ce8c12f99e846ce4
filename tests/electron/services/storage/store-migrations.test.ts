import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { StoredFileSchema, createSettingsService } from '#electron/services/settings/settings.js';
import { STORE_SCHEMA_VERSION, migrateStoreData, migrateStoreFile } from '#electron/services/storage/store-migrations.js';
import { DEFAULT_SETTINGS } from '#shared/schemas/settings.js';
import { useTempDirs } from '#tests/support/temp-dir.js';

const fixturesDir = path.resolve(import.meta.dirname, '../../../fixtures/store');
const pastVersions = fs.readdirSync(fixturesDir).filter((f) => /^config-v\d+\.json$/.test(f));

describe('store migrations', () => {
  const tempDir = useTempDirs();

  it('has a fixture for every past layout', () => {
    expect(pastVersions.map((f) => Number(/v(\d+)/.exec(f)![1])).sort()).toEqual(Array.from({ length: STORE_SCHEMA_VERSION }, (_, i) => i));
  });

  it.each(pastVersions)('migrates %s to a valid current file, backing it up first, and twice gives the same result', (fixture) => {
    const file = path.join(tempDir(), 'config.json');
    const original = fs.readFileSync(path.join(fixturesDir, fixture), 'utf8');
    fs.writeFileSync(file, original);

    const first = migrateStoreFile(file);
    expect(first.status).toBe('migrated');
    if (first.status === 'migrated') expect(fs.readFileSync(first.backupPath, 'utf8')).toBe(original);
    const once = fs.readFileSync(file, 'utf8');
    expect(migrateStoreFile(file)).toEqual({ status: 'current' });
    expect(fs.readFileSync(file, 'utf8')).toBe(once);

    const data = JSON.parse(once) as Record<string, unknown>;
    expect(data.schemaVersion).toBe(STORE_SCHEMA_VERSION);
    expect(StoredFileSchema.safeParse(data).success).toBe(true);
    expect(migrateStoreData(migrateStoreData(JSON.parse(original)))).toEqual(data);
  });

  it('keeps valid v0 settings and unrelated keys, drops only the invalid field', () => {
    const data = migrateStoreData(JSON.parse(fs.readFileSync(path.join(fixturesDir, 'config-v0.json'), 'utf8')));
    const settings = createSettingsService({ get: (k) => data[k], set: () => undefined }).get();
    expect(settings).toEqual({
      ...DEFAULT_SETTINGS,
      thinkSeconds: 20,
      answerTargetMinSeconds: 45,
      answerTargetMaxSeconds: 90,
      autoStartRecording: false,
    });
    expect(data.windowBounds).toEqual({ x: 10, y: 20, width: 1100, height: 800 });
  });

  it('never overwrites an earlier backup when a migration reruns after a crash', () => {
    const dir = tempDir();
    const file = path.join(dir, 'config.json');
    fs.writeFileSync(file, '{"settings":{"thinkSeconds":3}}');
    fs.writeFileSync(`${file}.backup-v0`, 'the first original');
    migrateStoreFile(file);
    expect(fs.readFileSync(`${file}.backup-v0`, 'utf8')).toBe('the first original');
  });

  it('leaves a file from a newer version untouched', () => {
    const file = path.join(tempDir(), 'config.json');
    fs.writeFileSync(file, '{"schemaVersion":99,"settings":{}}');
    expect(migrateStoreFile(file)).toEqual({ status: 'newer', version: 99 });
    expect(fs.readFileSync(file, 'utf8')).toBe('{"schemaVersion":99,"settings":{}}');
  });
});
