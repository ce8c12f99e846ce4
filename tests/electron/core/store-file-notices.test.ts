import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { STORE_FILE_NAME } from '#electron/core/open-studio.js';
import { FACILITY_PROFILE_FILE } from '#electron/services/profile/profile.js';
import { call } from '#tests/electron/services/data/support.js';
import { openTestStudio } from '#tests/support/studio.js';
import { useTempDirs } from '#tests/support/temp-dir.js';

const tempDir = useTempDirs();

async function noticesAfterOpening(dir: string): Promise<string[]> {
  const studio = await openTestStudio(dir);
  try {
    return (await call(studio, 'app:notices')).map((n) => n.message);
  } finally {
    await studio.close();
  }
}

describe('the settings and profile files at start-up, through the composition root', () => {
  it('a damaged settings file and a damaged profile are each set aside, each named in its own notice, and the app starts', async () => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, STORE_FILE_NAME), '{"thinkSeconds": 3');
    fs.writeFileSync(path.join(dir, FACILITY_PROFILE_FILE), 'not json at all');
    const messages = await noticesAfterOpening(dir);
    expect(messages).toEqual(
      expect.arrayContaining([
        expect.stringMatching(
          /^Your settings file could not be read \(.+\), so default settings are in use\. The original was kept at .+config\.json\.corrupt-/,
        ),
        expect.stringMatching(/^Your facility profile could not be read \(.+\), so the profile starts empty\. The original was kept at /),
      ]),
    );
    expect(fs.readdirSync(dir).filter((name) => name.includes('.corrupt-'))).toHaveLength(2);
  });

  it('a settings file from a newer version is left alone, and the user is told', async () => {
    const dir = tempDir();
    const newer = JSON.stringify({ schemaVersion: 99, thinkSeconds: 12 });
    fs.writeFileSync(path.join(dir, STORE_FILE_NAME), newer);
    const messages = await noticesAfterOpening(dir);
    expect(messages).toContain(
      'Your settings were saved by a newer version of Interview Studio (layout 99); they are left as they are, and this version may not understand all of them.',
    );
    expect(JSON.parse(fs.readFileSync(path.join(dir, STORE_FILE_NAME), 'utf8'))).toMatchObject({ schemaVersion: 99, thinkSeconds: 12 });
  });
});
