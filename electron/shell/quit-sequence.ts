/** What the quit sequence needs of Electron's `app`: its before-quit event and quitting again. */
export interface QuittingApp {
  on(event: 'before-quit', listener: (event: { preventDefault(): void }) => void): unknown;
  quit(): void;
}

/**
 * How long a quit waits for the last saves. Each is one small write and sync, so this is only
 * reached when the disk stops answering (a network folder gone away): the app then quits anyway
 * rather than refusing to close, and the journal's next start skips a torn last line.
 */
export const QUIT_DRAIN_LIMIT_MS = 10_000;

/**
 * Holds the first quit until the studio has closed (a finish in flight lands, every queued
 * journal line is written and synced), then quits for real. Electron does not wait for a
 * promise started in `before-quit`: without the hold the process can exit mid-write.
 */
export function holdQuitUntilClosed(app: QuittingApp, close: () => Promise<void>, log: (message: string) => void): void {
  let phase: 'open' | 'closing' | 'closed' = 'open';
  app.on('before-quit', (event) => {
    if (phase === 'closed') return;
    event.preventDefault();
    if (phase === 'closing') return; // a second Quit while saving: the first one will quit
    phase = 'closing';
    let limit: ReturnType<typeof setTimeout> | undefined;
    const tooLong = new Promise<void>((resolve) => {
      limit = setTimeout(() => {
        log(`Quitting before the last saves finished: they took longer than ${QUIT_DRAIN_LIMIT_MS / 1000} s.`);
        resolve();
      }, QUIT_DRAIN_LIMIT_MS);
    });
    const closed = close().catch((error: unknown) =>
      log(`Closing the data folder failed: ${error instanceof Error ? error.message : String(error)}`),
    );
    void Promise.race([closed, tooLong]).then(() => {
      clearTimeout(limit);
      phase = 'closed';
      app.quit();
    });
  });
}
