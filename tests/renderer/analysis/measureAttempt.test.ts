import { afterEach, describe, expect, it, vi } from 'vitest';
import { forgetMeasurements, measureAttempt, type MeasureSteps } from '#renderer/analysis/measureAttempt.js';
import type { StudioClient } from '#renderer/api/client.js';
import type { Measurements } from '#shared/schemas/measurements.js';
import { makeAttempt } from '#tests/support/attempt-factory.js';

const measurements = { durationMs: 4000, pauseCount: 0 } as Measurements;
const attempt = makeAttempt({ id: '00000000-0000-4000-8000-0000000000aa' });

function setup(save: () => Promise<unknown> = async () => ({ ...attempt, measurements })) {
  const client = {
    mediaUrl: (id: string) => `media/${id}`,
    attempts: { measure: vi.fn(save) },
  } as unknown as Pick<StudioClient, 'attempts' | 'mediaUrl'>;
  const steps: MeasureSteps = {
    decode: vi.fn(async () => ({ channels: [new Float32Array(8)], sampleRate: 8000 })),
    measure: vi.fn(async () => measurements),
  };
  return { client, steps, onSaved: vi.fn() };
}

afterEach(forgetMeasurements);

describe('measuring an attempt', () => {
  it('decodes its audio from the media URL, measures it and stores the result with the attempt', async () => {
    const { client, steps, onSaved } = setup();
    await expect(measureAttempt(client, attempt.id, onSaved, steps)).resolves.toBe(measurements);
    expect(steps.decode).toHaveBeenCalledWith(`media/${attempt.id}`);
    expect(client.attempts.measure).toHaveBeenCalledWith({ attemptId: attempt.id, measurements });
    expect(onSaved).toHaveBeenCalledWith({ ...attempt, measurements });
  });

  it('measures once however often the review opens', async () => {
    const { client, steps, onSaved } = setup();
    await Promise.all([measureAttempt(client, attempt.id, onSaved, steps), measureAttempt(client, attempt.id, onSaved, steps)]);
    await measureAttempt(client, attempt.id, onSaved, steps);
    expect(steps.measure).toHaveBeenCalledTimes(1);
    expect(client.attempts.measure).toHaveBeenCalledTimes(1);
  });

  it('still returns measurements that could not be stored, and tries again next time', async () => {
    const { client, steps, onSaved } = setup(async () => {
      throw new Error('disk full');
    });
    await expect(measureAttempt(client, attempt.id, onSaved, steps)).resolves.toBe(measurements);
    expect(onSaved).not.toHaveBeenCalled();
    await measureAttempt(client, attempt.id, onSaved, steps);
    expect(steps.measure).toHaveBeenCalledTimes(2);
  });

  it('rejects when the audio cannot be decoded, and a later opening tries again', async () => {
    const { client, steps, onSaved } = setup();
    vi.mocked(steps.decode).mockRejectedValueOnce(new Error('Unable to decode audio data'));
    await expect(measureAttempt(client, attempt.id, onSaved, steps)).rejects.toThrow('Unable to decode');
    await expect(measureAttempt(client, attempt.id, onSaved, steps)).resolves.toBe(measurements);
  });
});
