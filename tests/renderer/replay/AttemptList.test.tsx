// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import type { Attempt } from '#shared/schemas/attempt.js';
import { AttemptList } from '#renderer/replay/index.js';
import { useMountedRoot } from '#tests/support/mount.js';

// Each render of the list formats every take's date: counting those counts the list's renders.
const formatted = vi.hoisted(() => ({ count: 0 }));
vi.mock('#renderer/lib/format.js', async (importOriginal) => {
  const actual = await importOriginal<typeof import('#renderer/lib/format.js')>();
  return {
    ...actual,
    formatDateTime: (...args: Parameters<typeof actual.formatDateTime>) => {
      formatted.count++;
      return actual.formatDateTime(...args);
    },
  };
});

const mounted = useMountedRoot();

const take = (i: number) =>
  ({
    id: `a${i}`,
    questionId: 'q1',
    createdAt: new Date(Date.UTC(2026, 11, 1, 9, i)).toISOString(),
    durationMs: 60_000,
    hasRecording: true,
    review: { rating: null },
  }) as unknown as Attempt;

describe('AttemptList', () => {
  it('does not render again when the screen around it renders with the same takes (the answer clock ticks each second)', async () => {
    const attempts = Array.from({ length: 40 }, (_, i) => take(i));
    const onOpen = () => {};
    // The practice screen renders again at each tick with the same list and the same callbacks.
    const screen = (tick: number) => (
      <div data-tick={tick}>
        <AttemptList attempts={attempts} selectedId={null} disabled onOpen={onOpen} />
      </div>
    );
    await mounted.render(screen(0));
    expect(mounted.container.querySelectorAll('.attempt-row')).toHaveLength(40);
    const afterMount = formatted.count;
    expect(afterMount).toBeGreaterThan(0);
    for (let tick = 1; tick <= 5; tick++) await mounted.render(screen(tick));
    expect(formatted.count).toBe(afterMount);
    // A change it shows still reaches it.
    await mounted.render(<AttemptList attempts={attempts} selectedId="a3" disabled={false} onOpen={onOpen} />);
    expect(mounted.container.querySelector('[aria-current="true"]')?.textContent).toContain('1 min');
  });
});
