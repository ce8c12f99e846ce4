import { useEffect, useMemo } from 'react';
import type { Library } from '#shared/content/schema.js';
import type { Attempt } from '#shared/schemas/attempt.js';
import type { Settings } from '#shared/schemas/settings.js';
import { useClient } from '#renderer/api/ClientContext.js';
import { useShortcuts } from '#renderer/lib/shortcuts.js';
import { FACILITY_CATEGORIES, FacilityCard } from '#renderer/profile/index.js';
import { AttemptList } from '#renderer/replay/index.js';
import { FlowPanel } from './FlowPanel.js';
import { flowKey } from './flowKeys.js';
import { canOpenAttempt, isCapturing } from './machine.js';
import { QuestionCard } from './QuestionCard.js';
import { RetakeDialog } from './RetakeDialog.js';
import { ReviewArea } from './ReviewArea.js';
import { usePracticeFlow } from './usePracticeFlow.js';

type Props = {
  questionId: string;
  library: Library;
  settings: Settings;
  attempts: Attempt[];
  onBack(): void;
  onAttemptsChanged(): void;
  onAttemptSaved(attempt: Attempt): void;
  /** Opens this take for review instead of starting a new one (coming from a mock interview report). */
  openAttemptId?: string;
  /** What the back button says; where it leads is onBack's business. */
  backLabel?: string;
  /** Offered under the takes once there are two or more. */
  onCompare?(): void;
  /** Opens the facility profile, from the card shown beside questions about the facility. */
  onOpenFacility?(): void;
};

export function PracticeScreen(props: Props) {
  const { questionId, library, settings, attempts, onBack, onAttemptsChanged, onAttemptSaved } = props;
  const { openAttemptId, backLabel = '← All questions', onCompare, onOpenFacility } = props;
  const client = useClient();
  const question = library.questions.find((q) => q.id === questionId);
  const flow = usePracticeFlow({
    client,
    questionId,
    questionText: question?.text ?? '',
    settings,
    onAttemptsChanged,
    onAttemptSaved,
  });
  const { state, dispatch, start, now } = flow;
  const { phase } = state;

  // Arriving on the screen is the choice to practise: the take begins at once (once per screen;
  // the screen is keyed by question, so another question is another mount). Arriving to review a
  // given take (from a mock interview report) opens that take instead.
  useEffect(() => {
    if (!question) return;
    if (openAttemptId) dispatch({ type: 'OPEN_ATTEMPT', attemptId: openAttemptId });
    else start();
    // eslint-disable-next-line react-hooks/exhaustive-deps -- once per screen: the screen is keyed by question
  }, []);

  useShortcuts((event) => {
    const next = flowKey(event, state, now());
    if (!next) return false;
    dispatch(next);
    return true;
  });

  const takes = useMemo(
    () => attempts.filter((a) => a.questionId === questionId).sort((a, b) => b.createdAt.localeCompare(a.createdAt)),
    [attempts, questionId],
  );

  if (!question) {
    return (
      <div className="screen">
        <h1>That question is no longer in the library</h1>
        <button type="button" className="button" onClick={onBack}>
          Back to questions
        </button>
      </div>
    );
  }

  const criteria = question.criteriaIds.map((id) => library.criteria.find((c) => c.id === id)).filter((c) => c !== undefined);
  const reviewed = phase.name === 'reviewing' || phase.name === 'confirmingRetake' ? phase : null;
  const shown = reviewed ? takes.find((a) => a.id === reviewed.attemptId) : undefined;

  return (
    <div className="screen screen--practice">
      <div className="practice__main">
        <button type="button" className="button button--quiet back-link" onClick={onBack} disabled={isCapturing(phase)}>
          {backLabel}
        </button>
        <QuestionCard
          question={question}
          category={library.categories.find((c) => c.id === question.categoryId)}
          speaking={phase.name === 'prompting'}
          speechFailed={state.speechFailed}
          canReplay={phase.name === 'thinking' || phase.name === 'ready'}
          onReplay={() => dispatch({ type: 'REPLAY_PROMPT' })}
          onSkip={() => dispatch({ type: 'SKIP_PROMPT', now: now() })}
        />
        {reviewed && shown ? (
          <ReviewArea
            key={shown.id}
            attempt={shown}
            criteria={criteria}
            stopReason={reviewed.stopReason}
            limits={{ minSeconds: settings.answerTargetMinSeconds, maxSeconds: settings.answerTargetMaxSeconds }}
            onSaved={onAttemptSaved}
            onRetake={() => dispatch({ type: 'RETAKE' })}
            onPractiseAgain={start}
          />
        ) : (
          <FlowPanel state={state} settings={settings} level={flow.level} dispatch={dispatch} onStart={start} now={now} />
        )}
      </div>
      <aside className="practice__side">
        {FACILITY_CATEGORIES.has(question.categoryId) && <FacilityCard onOpen={onOpenFacility} disabled={isCapturing(phase)} />}
        <AttemptList
          attempts={takes}
          selectedId={reviewed?.attemptId ?? null}
          disabled={!canOpenAttempt(phase)}
          onOpen={(attemptId) => dispatch({ type: 'OPEN_ATTEMPT', attemptId })}
        />
        {onCompare && takes.length >= 2 && (
          <button type="button" className="button practice__compare" onClick={onCompare} disabled={isCapturing(phase)}>
            Compare two takes
          </button>
        )}
      </aside>
      <RetakeDialog
        open={phase.name === 'confirmingRetake'}
        onChoose={flow.confirmRetake}
        onCancel={() => dispatch({ type: 'RETAKE_CANCEL' })}
      />
    </div>
  );
}
