import type { LibraryQuestion } from '#shared/content/schema.js';
import type { Attempt } from '#shared/schemas/attempt.js';
import { formatDateTime } from '#renderer/lib/format.js';
import { followUpText } from './followUps.js';

type Props = {
  question: LibraryQuestion;
  attempt: Attempt;
  /** This question's takes, newest first. */
  takes: readonly Attempt[];
  onOpen(attemptId: string): void;
};

/**
 * A follow-up answer is reviewed beside the answer it followed: the review of either names the
 * other and opens it in one press.
 */
export function FollowUpLinks({ question, attempt, takes, onOpen }: Props) {
  const parent = attempt.parentAttemptId === undefined ? undefined : takes.find((a) => a.id === attempt.parentAttemptId);
  const children = takes.filter((a) => a.parentAttemptId === attempt.id).reverse();
  if (attempt.parentAttemptId === undefined && children.length === 0) return null;
  const asked = followUpText(question, { followUpIndex: attempt.followUpIndex ?? 0 });
  return (
    <section className="follow-up-links" aria-label="Follow-up answers">
      {attempt.parentAttemptId !== undefined && (
        <p>
          <span className="follow-up-links__label">Follow-up answer</span>
          {asked !== null && <> to “{asked}”</>}
          {parent ? (
            <>
              {' · '}
              <button type="button" className="button button--quiet" onClick={() => onOpen(parent.id)}>
                Open the answer it followed ({formatDateTime(parent.createdAt)})
              </button>
            </>
          ) : (
            <span className="muted"> · the answer it followed was deleted</span>
          )}
        </p>
      )}
      {children.length > 0 && (
        <p>
          <span className="follow-up-links__label">Its follow-up answers:</span>{' '}
          {children.map((child, i) => (
            <button key={child.id} type="button" className="button button--quiet" onClick={() => onOpen(child.id)}>
              Follow-up {i + 1} ({formatDateTime(child.createdAt)})
            </button>
          ))}
        </p>
      )}
    </section>
  );
}
