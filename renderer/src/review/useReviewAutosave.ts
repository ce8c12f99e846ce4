import { useCallback, useRef, useState } from 'react';
import type { Attempt, CriterionMark, Review } from '#shared/schemas/attempt.js';
import type { StudioClient } from '#renderer/api/client.js';
import { createReviewSaver, type SaveStatus } from '#renderer/lib/autosave/reviewSaver.js';
import { useFlushOnLeave } from '#renderer/lib/autosave/useFlushOnLeave.js';

/** Unmarked → met → partly → not met → unmarked: the order number keys step through. */
export function nextMark(mark: CriterionMark | undefined): CriterionMark | undefined {
  switch (mark) {
    case undefined:
      return 'met';
    case 'met':
      return 'partly';
    case 'partly':
      return 'not_met';
    case 'not_met':
      return undefined;
  }
}

/** A copy of the marks with one set, or removed when `mark` is undefined. */
function withMark(marks: Record<string, CriterionMark>, id: string, mark: CriterionMark | undefined): Record<string, CriterionMark> {
  const next = { ...marks };
  if (mark) next[id] = mark;
  else delete next[id];
  return next;
}

/**
 * The review being edited for one attempt, saved as it changes: marks and rating at once, text
 * after a short pause. Anything unsaved is flushed when a field loses focus, when the window is
 * hidden or unloaded, and when the review goes away.
 */
export function useReviewAutosave(client: StudioClient, attempt: Attempt, onSaved: (attempt: Attempt) => void) {
  const [review, setReview] = useState<Review>(attempt.review);
  const [status, setStatus] = useState<SaveStatus>({ state: 'idle' });
  const reviewRef = useRef(review);
  const onSavedRef = useRef(onSaved);
  onSavedRef.current = onSaved;

  const [saver] = useState(() =>
    createReviewSaver({
      save: async (r) => onSavedRef.current(await client.attempts.review({ attemptId: attempt.id, review: r })),
      onStatus: setStatus,
    }),
  );

  const change = useCallback(
    (edit: (r: Review) => Review, immediate: boolean) => {
      const next = edit(reviewRef.current);
      reviewRef.current = next;
      setReview(next);
      saver.update(next, immediate);
    },
    [saver],
  );

  useFlushOnLeave(saver);

  return {
    review,
    status,
    flush: useCallback(() => void saver.flush(), [saver]),
    setMark: useCallback(
      (criterionId: string, mark: CriterionMark | undefined) =>
        change((r) => {
          const marks = { ...r.marks };
          if (mark) marks[criterionId] = mark;
          else delete marks[criterionId];
          return { ...r, marks };
        }, true),
      [change],
    ),
    cycleMark: useCallback(
      (criterionId: string) =>
        change((r) => {
          const marks = { ...r.marks };
          const next = nextMark(marks[criterionId]);
          if (next) marks[criterionId] = next;
          else delete marks[criterionId];
          return { ...r, marks };
        }, true),
      [change],
    ),
    setMustHaveMark: useCallback(
      (mustHaveId: string, mark: CriterionMark | undefined) =>
        change((r) => ({ ...r, mustHaveMarks: withMark(r.mustHaveMarks ?? {}, mustHaveId, mark) }), true),
      [change],
    ),
    cycleMustHaveMark: useCallback(
      (mustHaveId: string) =>
        change((r) => {
          const marks = r.mustHaveMarks ?? {};
          return { ...r, mustHaveMarks: withMark(marks, mustHaveId, nextMark(marks[mustHaveId])) };
        }, true),
      [change],
    ),
    setNote: useCallback(
      (criterionId: string, note: string) =>
        change((r) => {
          const criterionNotes = { ...r.criterionNotes };
          if (note) criterionNotes[criterionId] = note;
          else delete criterionNotes[criterionId];
          return { ...r, criterionNotes };
        }, false),
      [change],
    ),
    setRating: useCallback((rating: number | null) => change((r) => ({ ...r, rating }), true), [change]),
    setNextTime: useCallback((nextTime: string) => change((r) => ({ ...r, nextTime }), false), [change]),
  };
}
