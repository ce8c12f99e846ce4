/**
 * One timer chain for a screen that shows whole seconds: waits `delay()` ms, calls `tick`, and goes
 * on while `tick` says so. The delay is asked afresh each time, so each wake lands on the next
 * change the person can see instead of polling. Returns the cancel, for an effect's clean-up.
 */
export function tickUntil(delay: () => number, tick: () => boolean): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const schedule = () => {
    timer = setTimeout(
      () => {
        if (tick()) schedule();
      },
      Math.max(0, delay()),
    );
  };
  schedule();
  return () => clearTimeout(timer);
}
