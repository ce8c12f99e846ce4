import { useCallback, useEffect, useState } from 'react';
import { describeError } from '#renderer/api/messages.js';

export type Remote<T> = { data: T | null; error: string | null; loading: boolean; reload(): void };

/**
 * Loads one thing from main for a screen, and again on reload(). A late answer for an earlier load
 * is dropped, so a quick reload never shows stale data after fresh.
 */
export function useRemote<T>(load: () => Promise<T>, deps: readonly unknown[]): Remote<T> {
  const [data, setData] = useState<T | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [loading, setLoading] = useState(true);
  const [run, setRun] = useState(0);

  useEffect(() => {
    let current = true;
    setLoading(true);
    load().then(
      (value) => {
        if (!current) return;
        setData(value);
        setError(null);
        setLoading(false);
      },
      (cause: unknown) => {
        if (!current) return;
        setError(describeError(cause));
        setLoading(false);
      },
    );
    return () => {
      current = false;
    };
    // `load` is a fresh closure each render, so it is not a dependency: what it reads is in `deps`.
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the caller lists what load reads (deps); load itself is a fresh closure each render
  }, [...deps, run]);

  return { data, error, loading, reload: useCallback(() => setRun((n) => n + 1), []) };
}
