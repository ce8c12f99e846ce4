import { afterEach, describe, expect, it, vi } from 'vitest';
import { holdQuitUntilClosed, QUIT_DRAIN_LIMIT_MS } from '#electron/shell/quit-sequence.js';

/** Electron's app as far as quitting goes: quit() emits before-quit, and quits unless it was prevented. */
function fakeApp() {
  let listener: ((event: { preventDefault(): void }) => void) | null = null;
  const app = {
    quitCount: 0,
    exited: false,
    on: (_event: 'before-quit', next: (event: { preventDefault(): void }) => void) => (listener = next),
    quit() {
      app.quitCount++;
      let prevented = false;
      listener?.({ preventDefault: () => (prevented = true) });
      if (!prevented) app.exited = true;
    },
  };
  return app;
}

function deferred() {
  let resolve!: () => void;
  let reject!: (error: Error) => void;
  const promise = new Promise<void>((res, rej) => ((resolve = res), (reject = rej)));
  return { promise, resolve, reject };
}

/** Lets promise callbacks already due run (no time passes). */
const pendingCallbacks = () => new Promise<void>((resolve) => setImmediate(resolve));

afterEach(() => vi.useRealTimers());

describe('holdQuitUntilClosed', () => {
  it('holds the quit until the studio has closed, then quits for real, closing once', async () => {
    const app = fakeApp();
    const closing = deferred();
    const close = vi.fn(() => closing.promise);
    holdQuitUntilClosed(app, close, () => {});
    app.quit();
    app.quit(); // Quit chosen again while the last saves are written
    expect(app.exited).toBe(false);
    expect(close).toHaveBeenCalledTimes(1);
    closing.resolve();
    await pendingCallbacks();
    expect(app.exited).toBe(true);
    expect(app.quitCount).toBe(3);
    expect(close).toHaveBeenCalledTimes(1);
  });

  it('quits even when closing fails, and says why in the log', async () => {
    const app = fakeApp();
    const log = vi.fn();
    holdQuitUntilClosed(app, () => Promise.reject(new Error('disk gone')), log);
    app.quit();
    await pendingCallbacks();
    expect(app.exited).toBe(true);
    expect(log).toHaveBeenCalledWith('Closing the data folder failed: disk gone');
  });

  it('quits after the limit when the disk stops answering, rather than never', async () => {
    vi.useFakeTimers();
    const app = fakeApp();
    const log = vi.fn();
    holdQuitUntilClosed(app, () => new Promise<void>(() => {}), log);
    app.quit();
    await vi.advanceTimersByTimeAsync(QUIT_DRAIN_LIMIT_MS - 1);
    expect(app.exited).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(app.exited).toBe(true);
    expect(log).toHaveBeenCalledWith(expect.stringContaining('Quitting before the last saves finished'));
  });
});
