import type { Library } from '#shared/content/schema.js';
import type { Attempt } from '#shared/schemas/attempt.js';
import type { Settings } from '#shared/schemas/settings.js';
import { useClient } from '#renderer/api/ClientContext.js';
import { PracticeScreen } from '#renderer/practice/PracticeScreen.js';
import { useNextQuestion, type NextStep } from '#renderer/practice/index.js';
import { backLabel, type Screen } from '#renderer/lib/screen.js';
import { useQuestionAttempts } from './useQuestionAttempts.js';

type Props = {
  questionId: string;
  /** A take to open for review instead of starting a new one (from a mock interview report). */
  attemptId?: string;
  back?: Screen;
  library: Library;
  settings: Settings;
  onNavigate(screen: Screen): void;
  /** Told when takes were saved, reviewed or deleted, so counts elsewhere can refresh. */
  onChanged(): void;
  /** Where "Next question" leads when a run (Due today) decides it; otherwise the next due, else the next in the list. */
  next?: NextStep | null;
  /** Told which take is under review (null when none), as saved. */
  onReviewing?(attempt: Attempt | null): void;
};

/** The practice screen with this question's takes, loaded for it alone. */
export function PracticeRoute({ questionId, attemptId, back, library, settings, onNavigate, onChanged, next, onReviewing }: Props) {
  const client = useClient();
  const { attempts, refresh, upsert } = useQuestionAttempts(client, questionId);
  const after = useNextQuestion(client, questionId, library);
  const nextStep: NextStep | null =
    next !== undefined
      ? next
      : after && {
          label: after.due ? 'Next due question' : 'Next question',
          go: () => onNavigate({ name: 'practice', questionId: after.questionId, back }),
        };
  if (attempts === null) {
    return (
      <div className="screen" aria-busy="true">
        <p className="muted">Loading…</p>
      </div>
    );
  }
  const here: Screen = { name: 'practice', questionId, back };
  return (
    <PracticeScreen
      questionId={questionId}
      openAttemptId={attemptId}
      backLabel={backLabel(back)}
      next={nextStep}
      onReviewing={onReviewing}
      library={library}
      settings={settings}
      attempts={attempts}
      onBack={() => onNavigate(back ?? { name: 'questions' })}
      onCompare={() => onNavigate({ name: 'compare', questionId, back: here })}
      onOpenFacility={() => onNavigate({ name: 'facility', back: here })}
      onMicCheck={() => onNavigate({ name: 'micCheck', then: 'questions' })}
      onAttemptsChanged={() => {
        void refresh();
        onChanged();
      }}
      onAttemptSaved={(attempt) => {
        upsert(attempt);
        onChanged();
      }}
    />
  );
}
