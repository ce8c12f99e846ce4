// @vitest-environment happy-dom
import { act } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { StudioClient } from '#renderer/api/client.js';
import { StarMarkControls } from '#renderer/star/StarMarkControls.js';
import { useStarMarks } from '#renderer/star/useStarMarks.js';
import type { StarMarks } from '#shared/schemas/attempt.js';
import { makeAttempt } from '#tests/support/attempt-factory.js';
import { useMountedRoot } from '#tests/support/mount.js';

const view = useMountedRoot();

let playhead: number;
let saves: StarMarks[];
const onSeek = vi.fn();
const attempt = makeAttempt({ durationMs: 60_000, starMarks: { situation: 1000, task: null, action: null, result: null } });
const client = {
  attempts: {
    starMarks: vi.fn(async ({ starMarks }: { starMarks: StarMarks }) => {
      saves.push(starMarks);
      return { ...attempt, starMarks };
    }),
  },
} as unknown as StudioClient;

function Harness() {
  const star = useStarMarks(client, attempt, () => {});
  return (
    <StarMarkControls
      marks={star.marks}
      durationMs={60_000}
      status={star.status}
      playheadMs={() => playhead}
      onSet={star.set}
      onNudge={(part, delta) => star.nudge(part, delta, 60_000)}
      onSeek={onSeek}
      onRetry={star.retry}
    />
  );
}

const row = (part: string) => view.container.querySelector(`[data-star-part="${part}"]`)!;
const button = (part: string, name: string) =>
  [...row(part).querySelectorAll('button')].find((b) => (b.getAttribute('aria-label') ?? b.textContent)!.includes(name))!;
const press = (key: string, shiftKey = true) =>
  act(() => void window.dispatchEvent(new KeyboardEvent('keydown', { key, shiftKey, bubbles: true })));
const settle = () => act(async () => void (await new Promise((r) => setTimeout(r, 0))));

beforeEach(() => {
  vi.useFakeTimers({ shouldAdvanceTime: true });
  saves = [];
  playhead = 0;
  act(() => view.root.render(<Harness />));
});
afterEach(() => {
  vi.useRealTimers();
  vi.clearAllMocks();
});

describe('STAR marks on replay', () => {
  it('Shift and a part’s initial marks it at the playhead, saved at once', async () => {
    playhead = 12_345;
    press('A');
    await settle();
    expect(row('action').textContent).toContain('0:12');
    expect(saves.at(-1)).toEqual({ situation: 1000, task: null, action: 12_345, result: null });
    press('r', false); // plain R is not a mark
    await settle();
    expect(saves).toHaveLength(1);
  });

  it('the button marks at the playhead; nudges move the mark and are saved together once they stop', async () => {
    playhead = 20_000;
    act(() => button('task', 'Mark at playhead').click());
    await settle();
    expect(saves.at(-1)!.task).toBe(20_000);
    act(() => button('task', 'later').click());
    act(() => button('task', 'later').click());
    act(() => button('task', 'earlier').click());
    await act(async () => void (await vi.advanceTimersByTimeAsync(500)));
    expect(saves).toHaveLength(2);
    expect(saves.at(-1)!.task).toBe(20_500);
  });

  it('a nudge stays inside the recording, a mark can be cleared, and its time plays from there', async () => {
    act(() => button('situation', 'earlier').click());
    act(() => button('situation', 'earlier').click());
    act(() => button('situation', 'earlier').click());
    await act(async () => void (await vi.advanceTimersByTimeAsync(500)));
    expect(saves.at(-1)!.situation).toBe(0);
    act(() => button('situation', 'play from there').click());
    expect(onSeek).toHaveBeenCalledWith(0);
    act(() => button('situation', 'Clear').click());
    await settle();
    expect(saves.at(-1)!.situation).toBeNull();
    expect(row('situation').textContent).toContain('not marked');
  });
});
