// @vitest-environment happy-dom
import { act } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { EMPTY_STAR_MARKS } from '#shared/schemas/attempt.js';
import type { LevelProbe } from '#renderer/lib/audioLevel.js';
import { RecordingPanel } from '#renderer/practice/RecordingPanel.js';
import { useMountedRoot } from '#tests/support/mount.js';

const mounted = useMountedRoot();

const advance = (ms: number) => act(async () => void (await vi.advanceTimersByTimeAsync(ms)));
const dot = () => mounted.container.querySelector<HTMLElement>('.rec-dot')!;

function panel(level: LevelProbe, elapsedMs: number) {
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

beforeEach(() => vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval', 'setTimeout', 'clearTimeout', 'performance', 'Date'] }));
afterEach(() => vi.useRealTimers());

describe('the recording panel’s dot', () => {
  it('dims and brightens with the answer’s clock, and nothing else moves it', async () => {
    let reads = 0;
    const probe = { read: () => (reads++ % 4 < 2 ? 0.8 : 0.2), close: async () => {} };
    const seen: string[] = [];
    for (let elapsed = 0; elapsed < 4000; elapsed += 1000) {
      await mounted.render(panel(probe, elapsed));
      const at = dot().className;
      seen.push(at);
      // The meter reads 15 times a second in between; the dot changes in none of those frames
      // (its CSS pulse drew 60 frames a second of its own).
      await advance(900);
      expect(dot().className).toBe(at);
      expect(dot().style.opacity).toBe('');
    }
    expect(reads).toBeGreaterThan(40);
    expect(seen).toEqual(['rec-dot rec-dot--lit', 'rec-dot rec-dot--dim', 'rec-dot rec-dot--lit', 'rec-dot rec-dot--dim']);
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
