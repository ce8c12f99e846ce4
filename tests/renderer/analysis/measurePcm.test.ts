import { describe, expect, it, vi } from 'vitest';
import { answerMeasureRequest } from '#renderer/analysis/measureProtocol.js';
import { INLINE_LIMIT_SAMPLES, measurePcm, type WorkerLike } from '#renderer/analysis/measurePcm.js';
import { measureRecording } from '#shared/analysis/measure-recording.js';

const RATE = 16_000;

/** A tone with a one-second gap in the middle: speech, a pause, speech. */
function toneWithGap(seconds: number): Float32Array {
  const samples = new Float32Array(seconds * RATE);
  const gapStart = Math.floor(samples.length / 2) - RATE / 2;
  for (let i = 0; i < samples.length; i++) {
    const inGap = i >= gapStart && i < gapStart + RATE;
    samples[i] = inGap ? 0 : 0.3 * Math.sin((2 * Math.PI * 440 * i) / RATE) * (1 + 0.5 * Math.sin(i / 800));
  }
  return samples;
}

/** A worker that answers in the same turn the way the real one would, through the shared protocol. */
function fakeWorker(behaviour: 'answer' | 'fail'): WorkerLike & { posted: unknown[]; terminated: boolean } {
  const listeners: Record<string, (event: unknown) => void> = {};
  const worker = {
    posted: [] as unknown[],
    terminated: false,
    addEventListener: (type: string, listener: (event: unknown) => void) => void (listeners[type] = listener),
    postMessage(message: unknown) {
      worker.posted.push(message);
      queueMicrotask(() =>
        behaviour === 'answer'
          ? listeners.message?.({ data: answerMeasureRequest(message as Parameters<typeof answerMeasureRequest>[0]) })
          : listeners.error?.({}),
      );
    },
    terminate() {
      worker.terminated = true;
    },
  };
  return worker as unknown as WorkerLike & { posted: unknown[]; terminated: boolean };
}

describe('measuring decoded audio off the page’s thread', () => {
  it('measures a short recording inline, without a worker', async () => {
    const start = vi.fn(() => fakeWorker('answer'));
    const audio = { channels: [toneWithGap(4)], sampleRate: RATE };
    const result = await measurePcm(audio, { startWorker: start });
    expect(start).not.toHaveBeenCalled();
    expect(result.pauseCount).toBe(1);
  });

  it('sends a long recording to a worker, gets the same result, and ends the worker', async () => {
    const seconds = Math.ceil(INLINE_LIMIT_SAMPLES / RATE) + 2;
    const audio = { channels: [toneWithGap(seconds)], sampleRate: RATE };
    const worker = fakeWorker('answer');
    const result = await measurePcm(audio, { startWorker: () => worker });
    expect(worker.posted).toHaveLength(1);
    expect(worker.terminated).toBe(true);
    expect(result).toEqual(measureRecording(audio));
  });

  it('falls back to measuring inline when the worker cannot start or fails', async () => {
    const seconds = Math.ceil(INLINE_LIMIT_SAMPLES / RATE) + 2;
    const audio = { channels: [toneWithGap(seconds)], sampleRate: RATE };
    const failing = fakeWorker('fail');
    expect((await measurePcm(audio, { startWorker: () => failing })).pauseCount).toBe(1);
    expect(failing.terminated).toBe(true);
    expect((await measurePcm(audio, { startWorker: () => null })).pauseCount).toBe(1);
    const throwing = () => {
      throw new DOMException('refused by policy', 'SecurityError');
    };
    expect((await measurePcm(audio, { startWorker: throwing })).pauseCount).toBe(1);
  });

  it('reports an analysis error from the worker as a message, not a crash', () => {
    expect(answerMeasureRequest({ channels: [new Float32Array(10)], sampleRate: 0 })).toMatchObject({
      ok: false,
      message: expect.stringMatching(/sample rate/),
    });
  });
});
