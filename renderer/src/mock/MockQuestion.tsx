import { useEffect, useState } from 'react';
import { starApplies } from '#shared/content/answer-type.js';
import type { Library } from '#shared/content/schema.js';
import type { Settings } from '#shared/schemas/settings.js';
import { useClient } from '#renderer/api/ClientContext.js';
import { useShortcuts } from '#renderer/lib/shortcuts.js';
import {
  FlowPanel,
  followUpText,
  handleFlowKey,
  isCapturing,
  promptProps,
  QuestionCard,
  usePracticeFlow,
} from '#renderer/practice/index.js';
import { measureAttempt } from '#renderer/analysis/index.js';

type Props = {
  sessionId: string;
  questionId: string;
  library: Library;
  settings: Settings;
  /** The answer was saved (or the question skipped): on to the next one. */
  onNext(): void;
  /** The user ended the interview; anything being recorded was saved first. */
  onEnd(): void;
  /** The first question of a resumed interview: it waits for Start instead of beginning at once. */
  resumed?: boolean;
  /** Which of the question's follow-ups the interviewer asks after the answer; null for none. */
  followUpIndex?: number | null;
};

const noop = () => {};

/**
 * One question of a mock interview, on the practice flow's own state machine and panels: the
 * prompt, think time and answer timer behave exactly as in practice. What differs is only what
 * happens once the take is saved: no review here, the next question comes (reviews wait for the
 * report), or first the follow-up the interviewer asks about that answer, with its own think time
 * and recording, saved linked to the answer. Mounted once per question, so each starts fresh.
 */
export function MockQuestion(props: Props) {
  const { sessionId, questionId, library, settings, onNext, onEnd, resumed = false, followUpIndex = null } = props;
  const client = useClient();
  const question = library.questions.find((q) => q.id === questionId);
  const flow = usePracticeFlow({
    client,
    questionId,
    questionText: question?.text ?? '',
    followUps: question?.followUps,
    settings,
    sessionId,
    onAttemptsChanged: noop,
    // Measured now, in the background, so the report shows every answer's delivery at once.
    onAttemptSaved: (attempt) => void measureAttempt(client, attempt.id, noop).catch(noop),
  });
  const { state, dispatch, start, now } = flow;
  const { phase } = state;
  const [ending, setEnding] = useState(false);

  // Each question starts as soon as it is shown, as an interviewer's next question would; after an
  // interruption the person picks up when ready.
  useEffect(() => {
    if (question) {
      if (resumed) dispatch({ type: 'RESUMED' });
      else start();
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps -- once per mounted question: the component is keyed by question
  }, []);

  // A saved answer brings the follow-up when one is due; a saved take otherwise moves the interview
  // on (the review phase is the practice screen's, not ours).
  useEffect(() => {
    if (phase.name !== 'reviewing') return;
    const asks = !ending && state.followUp === null && followUpIndex !== null && question?.followUps[followUpIndex] !== undefined;
    if (asks) dispatch({ type: 'FOLLOW_UP', now: now(), link: { parentAttemptId: phase.attemptId, followUpIndex } });
    else (ending ? onEnd : onNext)();
    // eslint-disable-next-line react-hooks/exhaustive-deps -- acts on entering a phase, with the handlers of that render
  }, [phase.name]);

  useShortcuts((event) => handleFlowKey(event, flow, question));

  const end = () => {
    if (phase.name === 'recording') {
      setEnding(true);
      dispatch({ type: 'STOP', now: now() });
    } else onEnd();
  };

  if (!question) {
    return (
      <div className="flow-panel">
        <p>This question is no longer in the library.</p>
        <button type="button" className="button button--primary" onClick={onNext}>
          Next question
        </button>
      </div>
    );
  }

  const busy = phase.name === 'starting' || phase.name === 'saving' || phase.name === 'discarding';
  return (
    <div className="practice__main">
      <QuestionCard {...promptProps(flow, question, library)} followUp={followUpText(question, state.followUp)} showHints={false} />
      <FlowPanel
        state={state}
        settings={settings}
        level={flow.level}
        dispatch={dispatch}
        onStart={start}
        now={now}
        stopLabel="Stop and go on"
        starMarking={starApplies(question)}
      />
      <div className="mock-actions">
        <button type="button" className="button button--quiet" onClick={onNext} disabled={isCapturing(phase)}>
          Skip this question
        </button>
        <button type="button" className="button button--quiet" onClick={end} disabled={busy}>
          End the interview
        </button>
      </div>
    </div>
  );
}
