// @vitest-environment happy-dom
import { act } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { EMPTY_STAR_MARKS } from '#shared/schemas/attempt.js';
import type { LevelProbe } from '#renderer/lib/audioLevel.js';
import { RecordingPanel } from '#renderer/practice/RecordingPanel.js';
import { PULSE_STEP_MAX_MS, pulseOpacity } from '#renderer/practice/useRecordingPulse.js';
import { READ_EVERY_MS } from '#renderer/ui/LevelMeter.js';
import { useMountedRoot } from '#tests/support/mount.js';

const mounted = useMountedRoot();

const advance = (ms: number) => act(async () => void (await vi.advanceTimersByTimeAsync(ms)));
const dot = () => mounted.container.querySelector<HTMLElement>('.rec-dot')!;
const bar = () => mounted.container.querySelector<HTMLElement>('.level-meter__bar')!;

function panel(level: LevelProbe, elapsedMs = 0) {
  return (
    <RecordingPanel
      elapsedMs={elapsedMs}
      limits={{ minSeconds: 60, maxSeconds: 120 }}
      hardLimitMs={null}
      level={level}
      marks={EMPTY_STAR_MARKS}
      onMark={() => {}}
      onStop={() => {}}
      onDiscard={() => {}}
      starMarking={false}
    />
  );
}

/** Every read, whether the bar and the dot changed at it. */
async function watch(ms: number): Promise<Array<{ bar: boolean; dot: boolean }>> {
  const seen: Array<{ bar: boolean; dot: boolean }> = [];
  let last = { bar: bar().style.transform, dot: dot().style.opacity };
  for (let t = 0; t < ms; t += READ_EVERY_MS) {
    await advance(READ_EVERY_MS);
    const now = { bar: bar().style.transform, dot: dot().style.opacity };
    seen.push({ bar: now.bar !== last.bar, dot: now.dot !== last.dot });
    last = now;
  }
  return seen;
}

function reducedMotion(reduce: boolean) {
  vi.spyOn(window, 'matchMedia').mockImplementation(
    (query: string) => ({ matches: reduce && query.includes('reduce'), media: query }) as MediaQueryList,
  );
}

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval', 'setTimeout', 'clearTimeout', 'performance', 'Date'] });
  reducedMotion(false);
});
afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe('the recording panel’s dot', () => {
  it('breathes from full to 0.35 and back every 1.6 s', () => {
    expect(pulseOpacity(0)).toBe(1);
    expect(pulseOpacity(400)).toBeCloseTo(0.68, 2);
    expect(pulseOpacity(800)).toBe(0.35);
    expect(pulseOpacity(1600)).toBe(1);
  });

  it('is stepped by the level meter instead of a CSS animation: about five steps a second when the bar is still', async () => {
    await mounted.render(panel({ read: () => 0.5, close: async () => {} }));
    expect(dot().classList.contains('rec-dot--stepped')).toBe(true); // the class that turns the CSS animation off
    await advance(READ_EVERY_MS); // the bar's first draw
    const seen = await watch(2000);
    expect(seen.filter((read) => read.bar)).toHaveLength(0);
    // Without a draw to ride along, the dot steps at every third read (PULSE_STEP_MAX_MS apart or
    // more): about 10 frames in 2 s, where a CSS animation drew 120.
    expect(PULSE_STEP_MAX_MS).toBeLessThanOrEqual(3 * READ_EVERY_MS);
    expect(seen.filter((read) => read.dot)).toHaveLength(Math.floor(seen.length / 3));
  });

  it('steps in the same frame as the bar whenever the bar is redrawn', async () => {
    // Speech-like: the level alternates between loud and quiet every 100 ms.
    let reads = 0;
    await mounted.render(panel({ read: () => (Math.floor(reads++ / 2) % 2 === 0 ? 0.8 : 0.3), close: async () => {} }));
    const seen = await watch(2000);
    const drawn = seen.filter((read) => read.bar);
    expect(drawn.length).toBeGreaterThan(10);
    expect(drawn.every((read) => read.dot)).toBe(true);
    // And no step of its own between draws closer than PULSE_STEP_MAX_MS.
    const alone = seen.map((read, i) => ({ ...read, i })).filter((read) => read.dot && !read.bar);
    for (let k = 1; k < alone.length; k++)
      expect((alone[k]!.i - alone[k - 1]!.i) * READ_EVERY_MS).toBeGreaterThanOrEqual(PULSE_STEP_MAX_MS);
  });

  it('stays still under reduced motion', async () => {
    reducedMotion(true);
    await mounted.render(panel({ read: () => 0.5, close: async () => {} }));
    await advance(READ_EVERY_MS);
    expect(dot().style.opacity).toBe('1');
    const seen = await watch(2000);
    expect(seen.filter((read) => read.dot)).toHaveLength(0);
  });
});

describe('the recording panel’s silence check', () => {
  it('says so after five seconds at the noise floor, from the levels the meter reads', async () => {
    let level = 0.6;
    const probe = { read: () => level, close: async () => {} };
    // The answer's clock ticks once a second, as usePracticeFlow's does.
    const second = async (elapsed: number) => {
      await mounted.render(panel(probe, elapsed));
      await advance(1000);
    };
    await second(0);
    await second(1000); // heard at 1 s
    level = 0;
    for (let elapsed = 2000; elapsed <= 5000; elapsed += 1000) await second(elapsed);
    await mounted.render(panel(probe, 5900));
    expect(mounted.container.querySelector('[role="alert"]')).toBeNull(); // under 5 s of quiet is a pause
    await mounted.render(panel(probe, 6000));
    expect(mounted.container.querySelector('[role="alert"]')?.textContent).toContain('We can’t hear you');
  });
});
