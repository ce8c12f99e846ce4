import type { Library } from '#shared/content/schema.js';
import type { Settings } from '#shared/schemas/settings.js';
import { PracticeRoute } from '#renderer/app/index.js';
import type { Screen } from '#renderer/lib/screen.js';
import { useFocusOnMount } from '#renderer/lib/useFocusOnMount.js';
import '#renderer/progress/progress.css';
import './due.css';

type Props = {
  run: { questionIds: string[]; index: number };
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
  const { questionIds, index } = run;
  const questionId = questionIds[index];
  const step = (to: number) => onNavigate({ name: 'dueRun', questionIds, index: to });

  if (questionId === undefined) return <RunDone count={questionIds.length} onNavigate={onNavigate} />;
  const last = index === questionIds.length - 1;
  return (
    <>
      <div className="run-bar" role="region" aria-label="Due questions">
        <p className="run-bar__title">
          Due today · question {index + 1} of {questionIds.length}
        </p>
        <span className="muted small">Rate each answer before moving on: the rating decides when it comes back.</span>
        <div className="run-bar__actions">
          <button type="button" className="button" onClick={() => step(index + 1)}>
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
      />
    </>
  );
}

function RunDone({ count, onNavigate }: { count: number; onNavigate(screen: Screen): void }) {
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
