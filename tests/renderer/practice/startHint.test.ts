import { describe, expect, it } from 'vitest';
import { startHint } from '#renderer/practice/startHint.js';

describe('startHint: what Start will do, said before it', () => {
  it('names the think time, with the right plural', () => {
    expect(startHint({ speak: false, thinkMs: 5_000, autoStart: true })).toBe(
      'You get 5 seconds to think; then recording starts on its own. Nothing records until you press Start.',
    );
    expect(startHint({ speak: true, thinkMs: 1_000, autoStart: false })).toBe(
      'It is read aloud, then you get 1 second to think; then you press Record when ready. Nothing records until you press Start.',
    );
  });

  it('with no think time, says what happens instead of "go straight to answering; then…"', () => {
    const said = [true, false].flatMap((speak) => [true, false].map((autoStart) => startHint({ speak, thinkMs: 0, autoStart })));
    expect(said).toEqual([
      'It is read aloud, then recording starts on its own. Nothing records until you press Start.',
      'It is read aloud, then you press Record when ready. Nothing records until you press Start.',
      'Recording starts as soon as you press Start.',
      'Press Start, then Record when you are ready. Nothing records until then.',
    ]);
    for (const text of said) expect(text).not.toMatch(/straight to answering/);
  });
});
