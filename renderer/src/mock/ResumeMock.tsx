import { useState } from 'react';
import type { MockSession } from '#shared/schemas/mock.js';
import { useClient } from '#renderer/api/ClientContext.js';
import { describeError } from '#renderer/api/messages.js';
import { formatDateTime } from '#renderer/lib/format.js';
import { useRemote } from '#renderer/lib/useRemote.js';
import { interruptedSession, resumePoint } from './resumePoint.js';
import './resume-mock.css';

type Props = {
  /** Picks the interview up at this question (0-based). */
  onResume(session: MockSession, index: number): void;
  /** The interview is over (ended here, or every question was answered): its report. */
  onOpenReport(sessionId: string): void;
};

/**
 * A mock interview that stopped without being finished (a reload, a crash, a closed window) is
 * offered here, on the home screen and the mock interview screen: resume where it stopped, or end it.
 */
export function ResumeMock({ onResume, onOpenReport }: Props) {
  const client = useClient();
  const found = useRemote(async () => {
    const session = interruptedSession(await client.mock.list());
    if (!session) return null;
    const { attempts } = await client.mock.report({ sessionId: session.id });
    return { session, index: resumePoint(session, attempts) };
  }, [client]);
  const [error, setError] = useState<string | null>(null);
  if (!found.data) return null;
  const { session, index } = found.data;
  const total = session.questionIds.length;

  const end = async () => {
    try {
      await client.mock.end({ sessionId: session.id });
      onOpenReport(session.id);
    } catch (cause) {
      setError(describeError(cause));
    }
  };

  return (
    <section className="notice resume-mock" aria-label="Unfinished mock interview">
      <p>
        <strong>Your mock interview of {formatDateTime(session.startedAt)} stopped</strong>{' '}
        {index >= total ? 'after its last answer.' : `at question ${index + 1} of ${total}.`}
      </p>
      <span className="resume-mock__actions">
        {index < total && (
          <button type="button" className="button button--primary button--small" onClick={() => onResume(session, index)}>
            Resume the interview
          </button>
        )}
        <button type="button" className="button button--small" onClick={() => void end()}>
          {index >= total ? 'Finish and see the report' : 'End it and see the report'}
        </button>
      </span>
      {error && (
        <p className="error-text" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}
