import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { afterFirstPaint } from '#renderer/app/after-first-paint.js';

type Callback = (list: { getEntriesByName(name: string): unknown[] }) => void;

/** A stand-in for the browser's PerformanceObserver that the test feeds paint entries by hand. */
function fakePaintTiming() {
  const observers: { callback: Callback; connected: boolean }[] = [];
  class FakeObserver {
    static supportedEntryTypes = ['paint', 'element'];
    private readonly entry: { callback: Callback; connected: boolean };
    constructor(callback: Callback) {
      this.entry = { callback, connected: false };
      observers.push(this.entry);
    }
    observe() {
      this.entry.connected = true;
    }
    disconnect() {
      this.entry.connected = false;
    }
  }
  const paint = (name: string) => {
    for (const o of observers.filter((x) => x.connected)) o.callback({ getEntriesByName: (n) => (n === name ? [{ name }] : []) });
  };
  return { FakeObserver, paint, connected: () => observers.filter((o) => o.connected).length };
}

describe('afterFirstPaint', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it('starts once the first contentful frame is presented, not at the first paint, and only once', () => {
    const timing = fakePaintTiming();
    vi.stubGlobal('PerformanceObserver', timing.FakeObserver);
    const start = vi.fn();
    afterFirstPaint(start, 1000);

    timing.paint('first-paint');
    expect(start).not.toHaveBeenCalled();
    timing.paint('first-contentful-paint');
    expect(start).toHaveBeenCalledTimes(1);
    expect(timing.connected()).toBe(0);

    vi.advanceTimersByTime(5000);
    expect(start).toHaveBeenCalledTimes(1);
  });

  it('starts after the fallback when no frame is reported', () => {
    const timing = fakePaintTiming();
    vi.stubGlobal('PerformanceObserver', timing.FakeObserver);
    const start = vi.fn();
    afterFirstPaint(start, 1000);

    vi.advanceTimersByTime(999);
    expect(start).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(start).toHaveBeenCalledTimes(1);
    expect(timing.connected()).toBe(0);
    timing.paint('first-contentful-paint');
    expect(start).toHaveBeenCalledTimes(1);
  });

  it('starts after the next frame where paint timing is missing', () => {
    vi.stubGlobal('PerformanceObserver', undefined);
    const frames: (() => void)[] = [];
    vi.stubGlobal('requestAnimationFrame', (f: () => void) => frames.push(f));
    const start = vi.fn();
    afterFirstPaint(start, 1000);

    vi.advanceTimersByTime(0);
    expect(start).not.toHaveBeenCalled();
    frames.shift()!();
    vi.advanceTimersByTime(0);
    expect(start).toHaveBeenCalledTimes(1);
  });
});
