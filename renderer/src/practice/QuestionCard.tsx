import type { Category, LibraryQuestion } from '#shared/content/schema.js';

type Props = {
  question: LibraryQuestion;
  category: Category | undefined;
  speaking: boolean;
  speechFailed: boolean;
  /** Replay is offered only before the answer starts. */
  canReplay: boolean;
  onReplay(): void;
  onSkip(): void;
};

/** The question stays on screen through the whole take; reading it aloud is only a help. */
export function QuestionCard({ question, category, speaking, speechFailed, canReplay, onReplay, onSkip }: Props) {
  return (
    <section className="question-card" aria-labelledby="question-text">
      {category && <p className="question-card__category">{category.label}</p>}
      <h1 id="question-text" className="question-card__text" tabIndex={-1}>
        {question.text}
      </h1>
      <div className="question-card__speech">
        {speaking && (
          <>
            <span className="speaking-indicator" role="status">
              <span className="speaking-indicator__dot" aria-hidden="true" />
              Reading the question aloud…
            </span>
            <button type="button" className="button button--quiet" onClick={onSkip} aria-keyshortcuts="S">
              Skip reading
            </button>
          </>
        )}
        {!speaking && canReplay && (
          <button type="button" className="button button--quiet" onClick={onReplay}>
            Read it again
          </button>
        )}
        {speechFailed && !speaking && (
          <p className="quiet-note" role="status">
            Couldn’t read the question aloud — it’s on screen.
          </p>
        )}
      </div>
      <details className="question-card__hint">
        <summary>What the interviewer listens for</summary>
        <p>{question.listenFor}</p>
        <p className="muted">{question.starHint}</p>
      </details>
    </section>
  );
}
