import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { starApplies } from '#shared/content/answer-type.js';
import type { Library } from '#shared/content/schema.js';
import type { Attempt } from '#shared/schemas/attempt.js';
import type { Settings } from '#shared/schemas/settings.js';
import { useClient } from '#renderer/api/ClientContext.js';
import { useShortcuts } from '#renderer/lib/shortcuts.js';
import { FACILITY_CATEGORIES, FacilityCard } from '#renderer/profile/index.js';
import { AttemptList } from '#renderer/replay/index.js';
import { DeleteTakeDialog } from './DeleteTakeDialog.js';
import { FlowPanel } from './FlowPanel.js';
import { handleFlowKey, promptProps } from './flowWiring.js';
import { FollowUpLinks } from './FollowUpLinks.js';
import { followUpText, nextFollowUp } from './followUps.js';
import { LastNote } from './LastNote.js';
import { canOpenAttempt, isCapturing } from './machine.js';
import { QuestionCard } from './QuestionCard.js';
import { RetakeDialog } from './RetakeDialog.js';
import { ReviewArea } from './ReviewArea.js';
import { usePendingDelete } from './usePendingDelete.js';
import { usePracticeFlow } from './usePracticeFlow.js';
import { UndoDelete } from './UndoDelete.js';
import { WhatNext, whatNextAction, type NextStep } from './WhatNext.js';
import './coaching.css';

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
  /** Where "Next question" at the end of a review leads; none when there is nowhere to go. */
  next?: NextStep | null;
  /** Told which take is under review (null when none), as saved, e.g. so a run can ask for its rating. */
  onReviewing?(attempt: Attempt | null): void;
  /** Opens the microphone check, offered when the microphone hears nothing while recording. */
  onMicCheck?(): void;
  /** Offered under the takes once there are two or more. */
  onCompare?(): void;
  /** Opens the facility profile, from the card shown beside questions about the facility. */
  onOpenFacility?(): void;
};

/** Phases before the answer starts, when the last lesson is worth reading. */
const BEFORE_ANSWER = new Set(['idle', 'prompting', 'thinking', 'ready']);

export function PracticeScreen(props: Props) {
  const { questionId, library, settings, attempts, onBack, onAttemptsChanged, onAttemptSaved } = props;
  const { openAttemptId, backLabel = '← All questions', next = null, onReviewing, onCompare, onOpenFacility, onMicCheck } = props;
  const client = useClient();
  const question = library.questions.find((q) => q.id === questionId);
  const deletion = usePendingDelete({ client, onDeleted: onAttemptsChanged });
  const hiddenId = deletion.pending?.id;
  // A take waiting out its undo window is already gone from the person's point of view.
  const takes = useMemo(
    () => attempts.filter((a) => a.questionId === questionId && a.id !== hiddenId).sort((a, b) => b.createdAt.localeCompare(a.createdAt)),
    [attempts, questionId, hiddenId],
  );
  const flow = usePracticeFlow({
    client,
    questionId,
    questionText: question?.text ?? '',
    followUps: question?.followUps,
    settings,
    onAttemptsChanged,
    onAttemptSaved,
  });
  const { state, dispatch, start, now } = flow;
  const { phase } = state;
  const [deleting, setDeleting] = useState<Attempt | null>(null);
  const asking = question ? followUpText(question, state.followUp) : null;

  // Opening a question shows it; the take begins when the person presses Start, or at once when
  // the setting says so (once per screen: the screen is keyed by question). Arriving to review a
  // given take (from a mock interview report) opens that take instead.
  useEffect(() => {
    if (!question) return;
    if (openAttemptId) dispatch({ type: 'OPEN_ATTEMPT', attemptId: openAttemptId });
    else if (settings.startOnOpen) start();
    // eslint-disable-next-line react-hooks/exhaustive-deps -- once per screen: the screen is keyed by question
  }, []);

  const reviewed = phase.name === 'reviewing' || phase.name === 'confirmingRetake' ? phase : null;
  const shown = reviewed ? takes.find((a) => a.id === reviewed.attemptId) : undefined;
  const followUp = question && shown && phase.name === 'reviewing' ? nextFollowUp(question, shown, takes) : null;
  const reportReviewing = useRef(onReviewing);
  reportReviewing.current = onReviewing;
  useEffect(() => reportReviewing.current?.(shown ?? null), [shown]);
  // The same function at every render, so the memoized take list skips the answer clock's ticks.
  const open = useCallback((attemptId: string) => dispatch({ type: 'OPEN_ATTEMPT', attemptId }), [dispatch]);
  const retake = () => (reviewed?.stopReason === null ? start() : dispatch({ type: 'RETAKE' }));
  const askFollowUp = followUp ? () => dispatch({ type: 'FOLLOW_UP', now: now(), link: followUp }) : undefined;

  useShortcuts((event) => {
    if (phase.name === 'reviewing' && shown) {
      const action = whatNextAction(event);
      if (action === 'retake') retake();
      else if (action === 'followUp' && askFollowUp) askFollowUp();
      else if (action === 'next' && next) next.go();
      else if (action === 'back') onBack();
      else return false;
      return true;
    }
    return handleFlowKey(event, flow, question);
  });

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

  return (
    <div className="screen screen--practice">
      <div className="practice__main">
        <button type="button" className="button button--quiet back-link" onClick={onBack} disabled={isCapturing(phase)}>
          {backLabel}
        </button>
        <QuestionCard {...promptProps(flow, question, library)} followUp={reviewed ? null : asking} />
        {BEFORE_ANSWER.has(phase.name) && state.followUp === null && <LastNote takes={takes} />}
        {reviewed && shown ? (
          <ReviewArea
            key={shown.id}
            attempt={shown}
            criteria={criteria}
            // A follow-up answer is judged on the question's criteria; its must-haves belong to the main answer.
            mustHaves={shown.followUpIndex === undefined ? question.mustHaves : undefined}
            star={starApplies(question)}
            stopReason={reviewed.stopReason}
            limits={{ minSeconds: settings.answerTargetMinSeconds, maxSeconds: settings.answerTargetMaxSeconds }}
            onSaved={onAttemptSaved}
            onRetake={() => dispatch({ type: 'RETAKE' })}
            onPracticeAgain={start}
            onDiscardTake={() => setDeleting(shown)}
            links={<FollowUpLinks question={question} attempt={shown} takes={takes} onOpen={open} />}
            footer={<WhatNext onRetake={retake} onFollowUp={askFollowUp} next={next} backLabel="Back to the list" onBack={onBack} />}
          />
        ) : (
          <FlowPanel
            state={state}
            settings={settings}
            level={flow.level}
            dispatch={dispatch}
            onStart={start}
            now={now}
            starMarking={starApplies(question)}
            onMicCheck={onMicCheck}
          />
        )}
      </div>
      <aside className="practice__side">
        {FACILITY_CATEGORIES.has(question.categoryId) && <FacilityCard onOpen={onOpenFacility} disabled={isCapturing(phase)} />}
        <AttemptList
          attempts={takes}
          selectedId={reviewed?.attemptId ?? null}
          disabled={!canOpenAttempt(phase)}
          onOpen={open}
          onDelete={setDeleting}
        />
        <UndoDelete pending={deletion.pending} failed={deletion.failed} onUndo={deletion.undo} onDismiss={deletion.dismissFailure} />
        {onCompare && takes.length >= 2 && (
          <button type="button" className="button practice__compare" onClick={onCompare} disabled={isCapturing(phase)}>
            Compare two takes
          </button>
        )}
      </aside>
      <DeleteTakeDialog
        attempt={deleting}
        onCancel={() => setDeleting(null)}
        onConfirm={async (take) => {
          // Deleted for real when the undo window closes (usePendingDelete); hidden from now on.
          if (reviewed?.attemptId === take.id) dispatch({ type: 'RESET' });
          setDeleting(null);
          deletion.schedule(take);
        }}
      />
      <RetakeDialog
        open={phase.name === 'confirmingRetake'}
        onChoose={flow.confirmRetake}
        onCancel={() => dispatch({ type: 'RETAKE_CANCEL' })}
      />
    </div>
  );
}
