import type { SerialQueue } from '#electron/services/storage/serial-queue.js';
import type { RecordingPaths } from './paths.js';

export type TidyTiming = {
  /** How long a finished take's `.part` and marker stay before they are removed. */
  delayMs: number;
  /** A `.part` smaller than this is removed at once: freeing its blocks costs next to nothing. */
  minBytes: number;
};

/**
 * Removing a 30-minute take's 28 MiB `.part` keeps the file system busy for about 20 ms, and right
 * after a finish is when the page reads the take's peaks and the first range of its audio (those
 * took 5.5 ms instead of 1.2 ms while the removal ran). 1.5 s is past those first reads. A `.part`
 * under 1 MiB (about a minute of opus) is cheap to remove, so it goes at once and leaves no window.
 */
export const TIDY_TIMING: TidyTiming = { delayMs: 1500, minBytes: 1024 * 1024 };

type Untidied = { paths: RecordingPaths; timer: ReturnType<typeof setTimeout> | null };

/**
 * The tidying of finished recordings: once a take's attempt exists, its `.part` and marker are
 * copies, removed after a short delay on the recording's queue. A stop before then loses nothing
 * (start-up recovery finds the attempt and only tidies up); a delete or a quit runs the tidy at once.
 */
export function createSourceTidy(deps: {
  enqueue: SerialQueue;
  removeSource: (paths: RecordingPaths) => Promise<void>;
  timing: TidyTiming;
}) {
  // Kept until the removal succeeds, so a failed one is tried again by a delete or on quit.
  const untidied = new Map<string, Untidied>();

  /** Runs a take's tidy now, or waits for the one running; resolves at once if there is none. */
  function run(id: string): Promise<void> {
    const entry = untidied.get(id);
    if (!entry) return Promise.resolve();
    if (entry.timer) clearTimeout(entry.timer);
    entry.timer = null;
    return deps.enqueue(id, async () => {
      if (untidied.get(id) !== entry) return; // an earlier run already removed them
      await deps.removeSource(entry.paths);
      untidied.delete(id);
    });
  }

  /** Called on the recording's queue once its attempt exists. */
  function schedule(id: string, paths: RecordingPaths, partBytes: number): void {
    const entry: Untidied = { paths, timer: null };
    untidied.set(id, entry);
    const later = () => void run(id).catch(() => undefined); // left for a delete, a quit or the next start
    if (partBytes < deps.timing.minBytes) {
      later();
      return;
    }
    entry.timer = setTimeout(later, deps.timing.delayMs);
    // A pending tidy must not keep a script alive; close runs it (see `all`).
    entry.timer.unref?.();
  }

  return {
    schedule,
    now: run,
    /** Every tidy not yet done, at once: on quit, so a normal quit leaves no `.part` behind. */
    all: async (): Promise<void> => {
      await Promise.allSettled([...untidied.keys()].map(run));
    },
    /** How many tidies are waiting for their delay. */
    waiting: (): number => [...untidied.values()].filter((entry) => entry.timer !== null).length,
  };
}
