import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { speakPrompt, speechTimeoutMs, type SpeechPort } from '#renderer/speech/speakPrompt.js';

type FakeUtterance = {
  text: string;
  rate: number;
  voice: unknown;
  onend: null | (() => void);
  onerror: null | ((e: { error: string }) => void);
};

function fakeSynth(behaviour: 'ends' | 'errors' | 'hangs' | 'throws', voices: Array<{ voiceURI: string }> = []) {
  const spoken: FakeUtterance[] = [];
  const synth = {
    getVoices: () => voices,
    cancel: vi.fn(),
    speak: vi.fn((u: FakeUtterance) => {
      spoken.push(u);
      if (behaviour === 'throws') throw new Error('no engine');
      if (behaviour === 'ends') setTimeout(() => u.onend?.(), 1000);
      // Headless Chromium without voices fails at once.
      if (behaviour === 'errors') queueMicrotask(() => u.onerror?.({ error: 'synthesis-failed' }));
    }),
  };
  const makeUtterance = (text: string) =>
    ({ text, rate: 1, voice: null, onend: null, onerror: null }) as unknown as SpeechSynthesisUtterance;
  return { synth: synth as unknown as SpeechPort, spoken, makeUtterance, raw: synth };
}

describe('speakPrompt', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('the timeout grows with the text and shrinks with a faster rate', () => {
    expect(speechTimeoutMs('short', 1)).toBeLessThan(speechTimeoutMs('a much longer question '.repeat(5), 1));
    expect(speechTimeoutMs('x'.repeat(200), 2)).toBeLessThan(speechTimeoutMs('x'.repeat(200), 1));
    // A 200-character question read at rate 1 takes ~14 s; the timeout leaves room for that.
    expect(speechTimeoutMs('x'.repeat(200), 1)).toBeGreaterThan(20_000);
  });

  it('resolves "spoken" when the engine finishes, with the chosen voice and rate', async () => {
    const f = fakeSynth('ends', [{ voiceURI: 'a' }, { voiceURI: 'b' }]);
    const reading = speakPrompt('Hello', { synth: f.synth, voiceURI: 'b', rate: 1.25, makeUtterance: f.makeUtterance });
    await vi.advanceTimersByTimeAsync(1000);
    await expect(reading.done).resolves.toBe('spoken');
    expect(f.spoken[0]).toMatchObject({ text: 'Hello', rate: 1.25, voice: { voiceURI: 'b' } });
  });

  it('resolves "error" at once when speak() fails (no voices)', async () => {
    const f = fakeSynth('errors');
    const reading = speakPrompt('Hello', { synth: f.synth, voiceURI: null, rate: 1, makeUtterance: f.makeUtterance });
    await expect(reading.done).resolves.toBe('error');
  });

  it('resolves "error" when speak() throws', async () => {
    const f = fakeSynth('throws');
    const reading = speakPrompt('Hello', { synth: f.synth, voiceURI: null, rate: 1, makeUtterance: f.makeUtterance });
    await expect(reading.done).resolves.toBe('error');
  });

  it('gives up after the length-derived timeout when speech never ends, and cancels it', async () => {
    const f = fakeSynth('hangs');
    const text = 'Tell me about a time you calmed an upset patient.';
    const reading = speakPrompt(text, { synth: f.synth, voiceURI: null, rate: 1, makeUtterance: f.makeUtterance });
    let outcome: string | undefined;
    void reading.done.then((o) => (outcome = o));
    await vi.advanceTimersByTimeAsync(speechTimeoutMs(text, 1) - 1);
    expect(outcome).toBeUndefined();
    f.raw.cancel.mockClear();
    await vi.advanceTimersByTimeAsync(1);
    expect(outcome).toBe('timeout');
    expect(f.raw.cancel).toHaveBeenCalled();
  });

  it('is "unavailable" without a speech engine', async () => {
    await expect(speakPrompt('Hello', { synth: null, voiceURI: null, rate: 1 }).done).resolves.toBe('unavailable');
  });

  it('cancel() settles as "cancelled" and stops the engine', async () => {
    const f = fakeSynth('hangs');
    const reading = speakPrompt('Hello', { synth: f.synth, voiceURI: null, rate: 1, makeUtterance: f.makeUtterance });
    reading.cancel();
    await expect(reading.done).resolves.toBe('cancelled');
    expect(f.raw.cancel).toHaveBeenCalled();
  });

  it('a saved voice that is gone falls back to the system default', async () => {
    const f = fakeSynth('ends', [{ voiceURI: 'a' }]);
    speakPrompt('Hi', { synth: f.synth, voiceURI: 'removed', rate: 1, makeUtterance: f.makeUtterance });
    expect(f.spoken[0]?.voice).toBeNull();
  });
});
