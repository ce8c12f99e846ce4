import { useId, useState } from 'react';
import type { Library } from '#shared/content/schema.js';
import { MAX_MOCK_QUESTIONS, MIN_MOCK_QUESTIONS, type MockFollowUpQuestions, type MockSession } from '#shared/schemas/mock.js';
import type { Settings } from '#shared/schemas/settings.js';
import { useClient } from '#renderer/api/ClientContext.js';
import { BeforeInterviewChecklist } from '#renderer/checklist/index.js';
import { describeError } from '#renderer/api/messages.js';
import { useFocusOnMount } from '#renderer/lib/useFocusOnMount.js';
import { formatSpoken, formatTargetRange } from '#renderer/lib/answerBand.js';
import { userTimeZone } from '#renderer/lib/timeZone.js';
import { useRemote } from '#renderer/lib/useRemote.js';
import { MockHistoryList } from './MockHistoryList.js';
import { ResumeMock } from './ResumeMock.js';
import './mock.css';

type Props = {
  library: Library;
  settings: Settings;
  onStarted(session: MockSession, startIndex?: number): void;
  onOpenReport(sessionId: string): void;
};

const COUNTS = Array.from({ length: MAX_MOCK_QUESTIONS - MIN_MOCK_QUESTIONS + 1 }, (_, i) => MIN_MOCK_QUESTIONS + i);

/** Choosing the length of a mock interview and starting it; past sessions below. */
export function MockSetupScreen({ library, settings, onStarted, onOpenReport }: Props) {
  const client = useClient();
  const heading = useFocusOnMount<HTMLHeadingElement>();
  const [count, setCount] = useState(settings.mockQuestionCount);
  const [followUpQuestions, setFollowUpQuestions] = useState<MockFollowUpQuestions>('some');
  const [starting, setStarting] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const sessions = useRemote(() => client.mock.list(), [client]);
  const countId = useId();
  const followUpsId = useId();

  const start = async () => {
    setStarting(true);
    try {
      onStarted(await client.mock.start({ questionCount: count, timeZone: userTimeZone(), followUpQuestions }));
    } catch (cause) {
      setError(describeError(cause));
      setStarting(false);
    }
  };

  return (
    <div className="screen screen--narrow">
      <div className="screen__intro">
        <h1 ref={heading} tabIndex={-1}>
          Mock interview
        </h1>
        <p className="muted">
          Several questions back to back, in the order of a real interview: opening questions first, then behavioral and situational ones,
          then knowledge of the role, and the closing questions last. Questions that are due or that you rated weak come up first, from
          different categories. You review the answers afterwards.
        </p>
      </div>
      <ResumeMock onResume={onStarted} onOpenReport={onOpenReport} />
      <section className="card" aria-labelledby="mock-start-title">
        <h2 id="mock-start-title">Start a session</h2>
        <div className="field">
          <div className="field__row">
            <label className="field__label" htmlFor={countId}>
              Questions
            </label>
            <select id={countId} value={count} onChange={(e) => setCount(Number(e.target.value))}>
              {COUNTS.map((n) => (
                <option key={n} value={n}>
                  {n}
                </option>
              ))}
            </select>
          </div>
          <p className="field__hint">
            Each question: {settings.thinkSeconds > 0 ? `${formatSpoken(settings.thinkSeconds * 1000)} to think, then ` : ''}an answer of{' '}
            {formatTargetRange({ minSeconds: settings.answerTargetMinSeconds, maxSeconds: settings.answerTargetMaxSeconds })} (change these
            in Settings).
          </p>
        </div>
        <div className="field">
          <div className="field__row">
            <label className="field__label" htmlFor={followUpsId}>
              Interviewer follow-ups
            </label>
            <select
              id={followUpsId}
              value={followUpQuestions}
              onChange={(e) => setFollowUpQuestions(e.target.value as MockFollowUpQuestions)}
              aria-describedby={`${followUpsId}-hint`}
            >
              <option value="some">After some answers</option>
              <option value="none">None</option>
            </select>
          </div>
          <p className="field__hint" id={`${followUpsId}-hint`}>
            As real interviewers do, the interviewer follows up on every second answer with one of the question’s follow-up questions, with
            its own think time and recording. You review each follow-up beside its answer in the report.
          </p>
        </div>
        {error && (
          <p className="error-text" role="alert">
            The session could not start: {error}
          </p>
        )}
        <button type="button" className="button button--primary" onClick={() => void start()} disabled={starting}>
          {starting ? 'Starting…' : `Start a ${count}-question interview`}
        </button>
      </section>
      <BeforeInterviewChecklist library={library} where="mock" />
      {sessions.data && <MockHistoryList sessions={sessions.data} onOpen={onOpenReport} />}
    </div>
  );
}
