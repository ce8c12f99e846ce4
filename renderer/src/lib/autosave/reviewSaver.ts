import type { Review } from '#shared/schemas/attempt.js';

export type SaveStatus =
  { state: 'idle' } | { state: 'pending' } | { state: 'saving' } | { state: 'saved' } | { state: 'error'; error: unknown };

/** Generic in what it saves (a review, a set of STAR marks): anything where only the newest version matters. */
export type ReviewSaverOptions<T = Review> = {
  save(review: T): Promise<unknown>;
  onStatus(status: SaveStatus): void;
  delayMs?: number;
  setTimer?: (fn: () => void, ms: number) => unknown;
  clearTimer?: (id: unknown) => void;
};

export type ReviewSaver<T = Review> = {
  /** Records the newest review; saved after the delay, or at once with `immediate`. */
  update(review: T, immediate?: boolean): void;
  /** Saves anything not yet saved now; resolves when it is on disk (or failed). */
  flush(): Promise<void>;
  readonly hasUnsaved: boolean;
};

/**
 * Saves a review as the user edits it. Only the newest version matters, so edits made while a save
 * is in flight are coalesced into one follow-up save; saves never overlap, so an older version can
 * never land after a newer one. A failed save keeps its version as unsaved, so the next edit or
 * flush tries again.
 */
export function createReviewSaver<T = Review>(options: ReviewSaverOptions<T>): ReviewSaver<T> {
  const { save, onStatus, delayMs = 400 } = options;
  const setTimer = options.setTimer ?? ((fn, ms) => setTimeout(fn, ms));
  const clearTimer = options.clearTimer ?? ((id) => clearTimeout(id as ReturnType<typeof setTimeout>));

  let unsaved: T | null = null;
  let timer: unknown = null;
  let inFlight: Promise<void> | null = null;

  const cancelTimer = () => {
    if (timer !== null) clearTimer(timer);
    timer = null;
  };

  async function flush(): Promise<void> {
    cancelTimer();
    // Wait out a save in progress, then send whatever is newest (if anything still is).
    while (inFlight) await inFlight;
    if (!unsaved) return;
    const review = unsaved;
    unsaved = null;
    onStatus({ state: 'saving' });
    inFlight = save(review).then(
      () => onStatus(unsaved ? { state: 'pending' } : { state: 'saved' }),
      (error: unknown) => {
        unsaved ??= review;
        onStatus({ state: 'error', error });
      },
    );
    try {
      await inFlight;
    } finally {
      inFlight = null;
    }
  }

  return {
    update(review, immediate = false) {
      unsaved = review;
      cancelTimer();
      if (immediate) {
        void flush();
      } else {
        onStatus({ state: 'pending' });
        timer = setTimer(() => void flush(), delayMs);
      }
    },
    flush,
    get hasUnsaved() {
      return unsaved !== null;
    },
  };
}
