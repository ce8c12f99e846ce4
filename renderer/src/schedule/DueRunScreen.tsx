import { useState } from 'react';
import type { Library } from '#shared/content/schema.js';
import type { Attempt } from '#shared/schemas/attempt.js';
import type { Settings } from '#shared/schemas/settings.js';
import { useClient } from '#renderer/api/ClientContext.js';
import { PracticeRoute } from '#renderer/app/index.js';
import type { Screen } from '#renderer/lib/screen.js';
import { useFocusOnMount } from '#renderer/lib/useFocusOnMount.js';
import '#renderer/progress/progress.css';
import { RateBeforeMovingOn } from './RateBeforeMovingOn.js';
import './due.css';

type Props = {
  run: { questionIds: string[]; index: number; skipped?: string[] };
  library: Library;
  settings: Settings;
  onNavigate(screen: Screen): void;
  onChanged(): void;
};

/**
 * Walks today's queue as it stood when the run began, one question at a time, each with the full
 * practice screen (record, replay, rate: the rating is what schedules it next).
 */
export function DueRunScreen({ run, library, settings, onNavigate, onChanged }: Props) {
  const client = useClient();
  const { questionIds, index, skipped = [] } = run;
  const questionId = questionIds[index];
  // The take on screen, as saved: moving on from one without a rating asks for it first.
  const [reviewed, setReviewed] = useState<Attempt | null>(null);
  const [asking, setAsking] = useState(false);
  const step = (skip: boolean) =>
    onNavigate({ name: 'dueRun', questionIds, index: index + 1, skipped: skip && questionId ? [...skipped, questionId] : skipped });
  const moveOn = () => {
    if (reviewed && reviewed.review.rating === null) setAsking(true);
    else step(reviewed === null); // not answered at all: nothing was rated either
  };

  if (questionId === undefined) return <RunDone count={questionIds.length} skipped={skipped} library={library} onNavigate={onNavigate} />;
  const last = index === questionIds.length - 1;
  const label = last ? 'Finish' : 'Next due question';
  return (
    <>
      <div className="run-bar" role="region" aria-label="Due questions">
        <p className="run-bar__title">
          Due today · question {index + 1} of {questionIds.length}
        </p>
        <span className="muted small">
          Rate each answer before moving on: the rating decides when it comes back.
          {skipped.length > 0 && ` ${skipped.length} skipped without a rating so far.`}
        </span>
        <div className="run-bar__actions">
          <button type="button" className="button" onClick={moveOn}>
            {last ? 'Finish' : 'Next question →'}
          </button>
        </div>
      </div>
      <PracticeRoute
        questionId={questionId}
        back={{ name: 'due' }}
        library={library}
        settings={settings}
        onNavigate={onNavigate}
        onChanged={onChanged}
        next={{ label, go: moveOn }}
        onReviewing={setReviewed}
      />
      <RateBeforeMovingOn
        open={asking}
        onRate={async (rating) => {
          if (!reviewed) return;
          await client.attempts.review({ attemptId: reviewed.id, review: { ...reviewed.review, rating } });
          onChanged();
          step(false);
        }}
        onSkip={() => step(true)}
        onCancel={() => setAsking(false)}
      />
    </>
  );
}

type DoneProps = { count: number; skipped: string[]; library: Library; onNavigate(screen: Screen): void };

function RunDone({ count, skipped, library, onNavigate }: DoneProps) {
  const heading = useFocusOnMount<HTMLHeadingElement>();
  return (
    <div className="screen screen--narrow">
      <section className="card empty-state">
        <h1 ref={heading} tabIndex={-1}>
          Done for today
        </h1>
        <p>
          You went through {count === 1 ? 'the question' : `all ${count} questions`} due today. They will come back when your ratings say
          so.
        </p>
        {skipped.length > 0 && (
          <div className="run-skipped">
            <p>
              Skipped without a rating ({skipped.length}): {skipped.length === 1 ? 'it stays' : 'they stay'} in “Due today” until rated.
            </p>
            <ul aria-label="Skipped without a rating">
              {skipped.map((id) => (
                <li key={id}>{library.questions.find((q) => q.id === id)?.text ?? 'A question no longer in the library'}</li>
              ))}
            </ul>
          </div>
        )}
        <div className="screen__actions screen__actions--center">
          <button type="button" className="button button--primary" onClick={() => onNavigate({ name: 'progress' })}>
            See your progress
          </button>
          <button type="button" className="button" onClick={() => onNavigate({ name: 'due' })}>
            Back to due questions
          </button>
        </div>
      </section>
    </div>
  );
}
