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
  /** Set while a follow-up of the question is asked: it becomes the prompt, the question stays as context. */
  followUp?: string | null;
  /** "What the interviewer listens for" and the STAR hint; hidden in a mock interview, as in a real one. */
  showHints?: boolean;
};

/** The question stays on screen through the whole take; reading it aloud is only a help. */
export function QuestionCard(props: Props) {
  const { question, category, speaking, speechFailed, canReplay, onReplay, onSkip, followUp = null, showHints = true } = props;
  return (
    <section className="question-card" aria-labelledby="question-text">
      {followUp === null ? (
        <>
          {category && <p className="question-card__category">{category.label}</p>}
          <h1 id="question-text" className="question-card__text" tabIndex={-1}>
            {question.text}
          </h1>
        </>
      ) : (
        <>
          <p className="question-card__category">Follow-up question</p>
          <h1 id="question-text" className="question-card__text" tabIndex={-1}>
            {followUp}
          </h1>
          <p className="muted question-card__parent">After: {question.text}</p>
        </>
      )}
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
      {showHints && (
        <details className="question-card__hint">
          <summary>What the interviewer listens for</summary>
          <p>{question.listenFor}</p>
          <p className="muted">{question.starHint}</p>
        </details>
      )}
    </section>
  );
}
