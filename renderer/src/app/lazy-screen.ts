import { createElement, lazy, type ComponentType, type FunctionComponent } from 'react';

/** A screen's code failed to arrive (a chunk not served, the app updated underneath): worth a retry, unlike a bug. */
export class ScreenLoadError extends Error {
  override name = 'ScreenLoadError';
}

export type LazyScreen<P extends object> = FunctionComponent<P> & {
  /** Starts fetching the screen's code without showing it, so a later visit does not wait. */
  preload(): Promise<unknown>;
};

/** Resets the screens whose code failed to load, so rendering them again fetches it again. */
const failed = new Set<() => void>();

export function retryFailedScreens(): void {
  for (const reset of [...failed]) reset();
}

/**
 * A screen whose code is its own chunk, fetched the first time it is shown (or preloaded), so the
 * first screen does not wait for the chart, waveform and export code. React.lazy remembers a
 * rejected load for ever; after a failure this keeps the rejected one until retryFailedScreens()
 * swaps in a fresh one, so the error is shown once instead of being retried in a loop.
 */
export function lazyScreen<P extends object>(load: () => Promise<ComponentType<P>>): LazyScreen<P> {
  let pending: Promise<{ default: ComponentType<P> }> | null = null;
  const fetchOnce = () =>
    (pending ??= load().then(
      (component) => ({ default: component }),
      (cause: unknown) => {
        failed.add(reset);
        throw new ScreenLoadError(cause instanceof Error ? cause.message : String(cause), { cause });
      },
    ));
  let current = lazy(fetchOnce);
  function reset() {
    failed.delete(reset);
    pending = null;
    current = lazy(fetchOnce);
  }

  const Screen = (props: P) => createElement(current, props);
  // A failed preload is forgotten: the visit itself tries again and shows the error if that fails too.
  return Object.assign(Screen, { preload: () => fetchOnce().catch(reset) });
}
