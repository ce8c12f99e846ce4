import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { tickUntil } from '#renderer/practice/tickUntil.js';

describe('tickUntil', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('wakes after each delay asked afresh, and stops when the tick says so', () => {
    const delays = [300, 1000, 1000];
    const woke: number[] = [];
    tickUntil(
      () => delays[woke.length] ?? 1000,
      () => {
        woke.push(Date.now());
        return woke.length < 3;
      },
    );
    const start = Date.now();
    vi.advanceTimersByTime(10_000);
    expect(woke.map((t) => t - start)).toEqual([300, 1300, 2300]);
  });

  it('a negative delay wakes at once, and the cancel stops the chain', () => {
    let ticks = 0;
    const cancel = tickUntil(
      () => -50,
      () => {
        ticks++;
        return true;
      },
    );
    vi.advanceTimersByTime(0);
    expect(ticks).toBe(1);
    cancel();
    vi.advanceTimersByTime(5_000);
    expect(ticks).toBe(1);
  });
});
