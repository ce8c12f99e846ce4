import { describe, expect, it } from 'vitest';
import type { Attempt } from '#shared/schemas/attempt.js';
import type { MockReport, MockSession } from '#shared/schemas/mock.js';
import type { ProgressSummary } from '#shared/schemas/progress.js';
import type { Settings } from '#shared/schemas/settings.js';
import { openTestStudio } from '#tests/support/studio.js';
import { useTempDirs } from '#tests/support/temp-dir.js';
import { loadChunks, WEBM } from '#tests/electron/services/recordings/support.js';

type Ok<T> = { ok: true; value: T };
const value = <T>(result: unknown) => {
  expect(result).toMatchObject({ ok: true });
  return (result as Ok<T>).value;
};

describe('progress, schedule and mock channels through the real studio', () => {
  const tempDir = useTempDirs();

  it('a mock interview answer carries its session into the report; a bad session is refused', async () => {
    const studio = await openTestStudio(tempDir());
    try {
      const session = value<MockSession>(await studio.dispatch('mock:start', { questionCount: 4, timeZone: 'Europe/Berlin' }));
      expect(session.questionIds).toHaveLength(4);
      expect(value<Settings>(await studio.dispatch('settings:get', undefined)).mockQuestionCount).toBe(4);

      const questionId = session.questionIds[0]!;
      const { recordingId } = value<{ recordingId: string }>(
        await studio.dispatch('recordings:begin', { questionId, mimeType: WEBM, sessionId: session.id }),
      );
      const { chunks } = await loadChunks('webm');
      for (const [seq, bytes] of chunks.entries()) value(await studio.dispatch('recordings:append', { recordingId, seq, bytes }));
      const attempt = value<Attempt>(await studio.dispatch('recordings:finish', { recordingId }));
      expect(attempt.sessionId).toBe(session.id);

      // Ordinary practice right after carries no session.
      const plain = value<{ recordingId: string }>(await studio.dispatch('recordings:begin', { questionId, mimeType: WEBM }));
      for (const [seq, bytes] of chunks.entries())
        value(await studio.dispatch('recordings:append', { recordingId: plain.recordingId, seq, bytes }));
      expect(value<Attempt>(await studio.dispatch('recordings:finish', { recordingId: plain.recordingId })).sessionId).toBeUndefined();

      const report = value<MockReport>(await studio.dispatch('mock:report', { sessionId: session.id }));
      expect(report.attempts.map((a) => a.id)).toEqual([attempt.id]);

      const unknown = await studio.dispatch('recordings:begin', {
        questionId,
        mimeType: WEBM,
        sessionId: '99999999-9999-4999-8999-999999999999',
      });
      expect(unknown).toMatchObject({ ok: false, error: { code: 'not_found' } });

      const summary = value<ProgressSummary>(await studio.dispatch('progress:summary', { timeZone: 'Europe/Berlin' }));
      expect(summary.totals.attempts).toBe(2);
      expect(value<unknown[]>(await studio.dispatch('progress:questions', {}))).toEqual([
        expect.objectContaining({ questionId, attempts: 2 }),
      ]);
    } finally {
      await studio.close();
    }
  });

  it('refuses an unknown time zone and keeps follow-ups across a restart', async () => {
    const dir = tempDir();
    let studio = await openTestStudio(dir);
    expect(await studio.dispatch('progress:summary', { timeZone: 'Nowhere/Land' })).toMatchObject({
      ok: false,
      error: { code: 'invalid_request' },
    });
    const session = value<MockSession>(await studio.dispatch('mock:start', { questionCount: 3, timeZone: 'UTC' }));
    value(
      await studio.dispatch('mock:followUp', {
        sessionId: session.id,
        followUp: { checked: ['send-thank-you-note'], remindOn: '2026-11-27', done: false },
      }),
    );
    value(await studio.dispatch('schedule:suspend', { questionId: 'tell-me-about-yourself', suspended: true }));
    await studio.close();

    studio = await openTestStudio(dir);
    try {
      const reminders = value<MockSession[]>(await studio.dispatch('mock:reminders', { timeZone: 'UTC' }));
      expect(reminders.map((s) => s.followUp)).toEqual([{ checked: ['send-thank-you-note'], remindOn: '2026-11-27', done: false }]);
      expect(value<{ suspended: string[] }>(await studio.dispatch('schedule:due', { timeZone: 'UTC' })).suspended).toEqual([
        'tell-me-about-yourself',
      ]);
    } finally {
      await studio.close();
    }
  });
});
