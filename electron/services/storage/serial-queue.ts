/**
 * Runs tasks for the same key one after another, in the order they were queued. Chunks of one
 * recording must land in the file in order and never interleave, even when the renderer sends
 * the next chunk before the previous write has finished.
 */
export function createSerialQueue() {
  const tails = new Map<string, Promise<unknown>>();
  const enqueue = function enqueue<T>(key: string, task: () => Promise<T>): Promise<T> {
    const previous = tails.get(key) ?? Promise.resolve();
    const run = previous.then(task, task);
    // The chain must survive a failed task, and the map must not grow with finished keys.
    const tail = run.catch(() => undefined);
    tails.set(key, tail);
    void tail.then(() => {
      if (tails.get(key) === tail) tails.delete(key);
    });
    return run;
  };
  /**
   * Resolves once every queued task has run, including tasks queued while waiting (a chunk that
   * arrives during quit lands before the app lets go of the folder). Failed tasks count as run.
   */
  enqueue.idle = async function idle(): Promise<void> {
    while (tails.size > 0) await Promise.all(tails.values());
  };
  return enqueue;
}
export type SerialQueue = ReturnType<typeof createSerialQueue>;
