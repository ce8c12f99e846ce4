// @vitest-environment happy-dom
import { act, Profiler } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { LevelProbe } from '#renderer/lib/audioLevel.js';
import { LevelMeter, needsRedraw, READ_EVERY_MS, REDRAW_STEP } from '#renderer/ui/LevelMeter.js';
import { useMountedRoot } from '#tests/support/mount.js';

const mounted = useMountedRoot();

/** A probe that reports `next(n)` at its nth read, counting the reads. */
function scriptedProbe(next: (read: number) => number) {
  let reads = 0;
  const probe: LevelProbe = { read: () => next(reads++), close: async () => {} };
  return { probe, reads: () => reads };
}

const advance = (ms: number) => act(async () => void (await vi.advanceTimersByTimeAsync(ms)));
const bar = () => mounted.container.querySelector<HTMLElement>('.level-meter__bar')!;
const meter = () => mounted.container.querySelector<HTMLElement>('[role="meter"]')!;

/** How many times, over the next `reads` reads, the bar was given a new width (each one is a frame to draw). */
async function redrawsOver(reads: number): Promise<number> {
  let redraws = 0;
  let last = bar().style.transform;
  for (let read = 0; read < reads; read++) {
    await advance(READ_EVERY_MS);
    if (bar().style.transform !== last) redraws++;
    last = bar().style.transform;
  }
  return redraws;
}

beforeEach(() => vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval', 'setTimeout', 'clearTimeout', 'performance', 'Date'] }));
afterEach(() => vi.useRealTimers());

describe('LevelMeter', () => {
  it('reads the level 15 times a second', async () => {
    const { probe, reads } = scriptedProbe(() => 0.5);
    await mounted.render(<LevelMeter probe={probe} />);
    await advance(1000);
    expect(reads()).toBe(Math.floor(1000 / READ_EVERY_MS));
  });

  it('redraws the bar only when the level moves by a step, so a steady voice costs no frames', async () => {
    // A voice wavering by 2 hundredths around the middle for 2 s, then a jump.
    const { probe } = scriptedProbe((read) => (read < 30 ? 0.5 + (read % 2 === 0 ? 0.02 : -0.02) : 0.8));
    await mounted.render(<LevelMeter probe={probe} />);
    await advance(READ_EVERY_MS);
    expect(bar().style.transform).toBe('scaleX(0.52)');
    // The falls are slow (release) and the rises small, so nothing is drawn.
    expect(await redrawsOver(29)).toBe(0);
    // The jump shows at the very next read.
    await advance(READ_EVERY_MS);
    expect(bar().style.transform).toBe('scaleX(0.8)');
  });

  it('moves up at every syllable and down in the pauses, without redrawing at every read', async () => {
    // Four syllables, each 4 reads (264 ms) loud and 4 reads quiet.
    const { probe } = scriptedProbe((read) => (read % 8 < 4 ? 0.7 : 0.1));
    await mounted.render(<LevelMeter probe={probe} />);
    let redraws = 0;
    for (let syllable = 0; syllable < 4; syllable++) {
      await advance(READ_EVERY_MS);
      expect(bar().style.transform).toBe('scaleX(0.7)'); // up at once
      redraws += 1 + (await redrawsOver(3));
      const top = bar().style.transform;
      redraws += await redrawsOver(4);
      expect(bar().style.transform).not.toBe(top); // down in the pause
    }
    // Of 32 reads: one up and two steps down a syllable (each pause fell in four steps before, 20 in all).
    expect(redraws).toBe(12);
  });

  it('draws a rise at the read that hears it, and a fall at most every other read', async () => {
    // Loud, then quiet for a second: the fall is drawn in steps at least two reads apart.
    const { probe } = scriptedProbe((read) => (read === 0 ? 0.9 : 0));
    await mounted.render(<LevelMeter probe={probe} />);
    await advance(READ_EVERY_MS);
    expect(bar().style.transform).toBe('scaleX(0.9)');
    const drawnAt: number[] = [];
    let last = bar().style.transform;
    for (let read = 1; read <= 15; read++) {
      await advance(READ_EVERY_MS);
      if (bar().style.transform !== last) drawnAt.push(read);
      last = bar().style.transform;
    }
    expect(drawnAt.length).toBeGreaterThanOrEqual(3); // it visibly falls
    for (let i = 1; i < drawnAt.length; i++) expect(drawnAt[i]! - drawnAt[i - 1]!).toBeGreaterThanOrEqual(2);
  });

  it('falls all the way to silence, and shows full scale, however small the last step', async () => {
    expect(needsRedraw(3, 0)).toBe(true);
    expect(needsRedraw(98, 100)).toBe(true);
    expect(needsRedraw(50, 50 + REDRAW_STEP - 1)).toBe(false);
    expect(needsRedraw(50, 50 - REDRAW_STEP)).toBe(true);

    let level = 0.6;
    const { probe } = scriptedProbe(() => level);
    await mounted.render(<LevelMeter probe={probe} />);
    await advance(READ_EVERY_MS);
    level = 0;
    await advance(3000);
    expect(bar().style.transform).toBe('scaleX(0)');
  });

  it('tells the level to assistive tech and to its listener without rendering again', async () => {
    let renders = 0;
    const heard: number[] = [];
    const { probe } = scriptedProbe((read) => (read < 10 ? 0.4 : 0.9));
    await mounted.render(
      <Profiler id="meter" onRender={() => renders++}>
        <LevelMeter probe={probe} onLevel={(level) => heard.push(level)} />
      </Profiler>,
    );
    const afterMount = renders;
    await advance(5000);
    expect(renders).toBe(afterMount); // each new value for assistive tech was a render before
    expect(meter().getAttribute('aria-valuenow')).toBe('90');
    // Every read reaches the listener (the silence check needs each level), drawn or not.
    expect(heard).toHaveLength(Math.floor(5000 / READ_EVERY_MS));
  });

  it('stops reading when the probe goes', async () => {
    const { probe, reads } = scriptedProbe(() => 0.5);
    await mounted.render(<LevelMeter probe={probe} />);
    await advance(500);
    await mounted.render(<LevelMeter probe={null} />);
    const before = reads();
    await advance(1000);
    expect(reads()).toBe(before);
  });
});
