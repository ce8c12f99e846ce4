import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Studio } from '#electron/core/open-studio.js';
import { channelNames } from '#shared/contract/channels.js';
import { ErrorCodeSchema } from '#shared/contract/errors.js';
import { snapshotFolder } from '#tests/support/folder-snapshot.js';
import { openTestStudio } from '#tests/support/studio.js';

export const FUZZ_RUNS_PER_CHANNEL = 1000;

/** Payloads a hostile or buggy renderer could send: anything, and things shaped almost right. */
const hostilePayload = fc.oneof(
  fc.anything({ withTypedArray: true, withMap: true, withSet: true, withNullPrototype: true }),
  fc.record(
    {
      recordingId: fc.oneof(fc.string(), fc.constantFrom('../../etc/passwd', '%2e%2e%2f', '/etc/passwd', 'a\0b', '..\\..\\x')),
      attemptId: fc.oneof(fc.string(), fc.uuid()),
      questionId: fc.string(),
      seq: fc.oneof(fc.integer(), fc.double()),
      bytes: fc.oneof(fc.uint8Array({ maxLength: 64 }), fc.string(), fc.array(fc.integer())),
      mimeType: fc.string(),
      review: fc.anything(),
      thinkSeconds: fc.anything(),
    },
    { requiredKeys: [] },
  ),
);

describe('every channel under arbitrary payloads', () => {
  // One studio for all channels (the folder outlives each test, so not useTempDirs).
  let studio: Studio;
  let dataDir: string;
  beforeAll(async () => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'studio-fuzz-'));
    studio = await openTestStudio(dataDir);
  });
  afterAll(async () => {
    await studio.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it.each(channelNames)(
    `%s gives a typed answer to ${FUZZ_RUNS_PER_CHANNEL} payloads and writes nothing when it refuses`,
    async (channel) => {
      await fc.assert(
        fc.asyncProperty(hostilePayload, async (payload) => {
          const before = snapshotFolder(dataDir);
          const result = await studio.dispatch(channel, payload);
          expect(typeof result.ok).toBe('boolean');
          if (!result.ok) {
            expect(ErrorCodeSchema.safeParse(result.error.code).success).toBe(true);
            expect(result.error.code).not.toBe('internal');
            expect(snapshotFolder(dataDir)).toBe(before);
          }
        }),
        { numRuns: FUZZ_RUNS_PER_CHANNEL },
      );
    },
  );
});
