import { useCallback, useEffect, useRef, useState } from 'react';
import type { Attempt } from '#shared/schemas/attempt.js';
import type { StudioClient } from '#renderer/api/client.js';

/** How long a deleted take can be brought back. */
export const UNDO_DELETE_MS = 8_000;

type Options = { client: StudioClient; onDeleted(): void };

/**
 * A take the person deleted is only hidden at first: the real deletion (attempts:delete, which
 * removes the review and the audio) is sent when the undo window closes, or at once when the
 * screen is left or another take is deleted. Nothing is deleted before that, so a reload, a crash
 * or a closed window inside the window keeps the take: an acknowledged take is never lost to an
 * undo that could not be honored.
 */
export function usePendingDelete({ client, onDeleted }: Options) {
  const [pending, setPending] = useState<Attempt | null>(null);
  const [failed, setFailed] = useState<Attempt | null>(null);
  const pendingRef = useRef<Attempt | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const latest = useRef(onDeleted);
  latest.current = onDeleted;

  const commit = useCallback(
    async (take: Attempt) => {
      clearTimeout(timer.current);
      if (pendingRef.current?.id === take.id) pendingRef.current = null;
      setPending((p) => (p?.id === take.id ? null : p));
      try {
        await client.attempts.delete({ attemptId: take.id });
      } catch {
        setFailed(take); // it was not deleted, so it shows again with a word about it
      }
      latest.current();
    },
    [client],
  );

  const schedule = useCallback(
    (take: Attempt) => {
      const earlier = pendingRef.current;
      if (earlier) void commit(earlier);
      setFailed(null);
      pendingRef.current = take;
      setPending(take);
      timer.current = setTimeout(() => void commit(take), UNDO_DELETE_MS);
    },
    [commit],
  );

  const undo = useCallback(() => {
    clearTimeout(timer.current);
    pendingRef.current = null;
    setPending(null);
  }, []);

  // Leaving the screen ends the window: what was confirmed is deleted now, not left hidden.
  useEffect(
    () => () => {
      const take = pendingRef.current;
      clearTimeout(timer.current);
      if (take)
        void client.attempts.delete({ attemptId: take.id }).then(
          () => latest.current(),
          () => latest.current(),
        );
    },
    [client],
  );

  return { pending, failed, schedule, undo, dismissFailure: () => setFailed(null) };
}
