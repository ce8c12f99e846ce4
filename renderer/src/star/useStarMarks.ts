import { useCallback, useRef, useState } from 'react';
import type { StarPart } from '#shared/analysis/star-timing.js';
import type { Attempt, StarMarks } from '#shared/schemas/attempt.js';
import type { StudioClient } from '#renderer/api/client.js';
import { createReviewSaver, type SaveStatus } from '#renderer/lib/autosave/reviewSaver.js';
import { useFlushOnLeave } from '#renderer/lib/autosave/useFlushOnLeave.js';

/**
 * The STAR marks of one attempt as they are edited, saved as they change: a mark set or dragged at
 * once, a run of nudges once the keys go quiet. Like the review, anything unsaved is flushed when
 * the window is hidden or closed and when the review goes away.
 */
export function useStarMarks(client: Pick<StudioClient, 'attempts'>, attempt: Attempt, onSaved: (attempt: Attempt) => void) {
  const [marks, setMarks] = useState<StarMarks>(attempt.starMarks);
  const [status, setStatus] = useState<SaveStatus>({ state: 'idle' });
  const marksRef = useRef(marks);
  const onSavedRef = useRef(onSaved);
  onSavedRef.current = onSaved;

  const [saver] = useState(() =>
    createReviewSaver<StarMarks>({
      save: async (starMarks) => onSavedRef.current(await client.attempts.starMarks({ attemptId: attempt.id, starMarks })),
      onStatus: setStatus,
    }),
  );
  useFlushOnLeave(saver);

  const change = useCallback(
    (part: StarPart, at: (current: number | null) => number | null, immediate: boolean) => {
      const value = at(marksRef.current[part]);
      const next = { ...marksRef.current, [part]: value === null ? null : Math.max(0, Math.round(value)) };
      marksRef.current = next;
      setMarks(next);
      saver.update(next, immediate);
    },
    [saver],
  );

  return {
    marks,
    status,
    retry: useCallback(() => void saver.flush(), [saver]),
    /** Puts a part's mark at `ms`, or clears it with null. */
    set: useCallback((part: StarPart, ms: number | null) => change(part, () => ms, true), [change]),
    /** Moves a mark by `deltaMs`, kept within 0..maxMs. */
    nudge: useCallback(
      (part: StarPart, deltaMs: number, maxMs: number) =>
        change(part, (current) => (current === null ? null : Math.min(maxMs, current + deltaMs)), false),
      [change],
    ),
  };
}
