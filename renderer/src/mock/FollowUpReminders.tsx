import { useState } from 'react';
import type { MockSession } from '#shared/schemas/mock.js';
import { useClient } from '#renderer/api/ClientContext.js';
import { describeError } from '#renderer/api/messages.js';
import { formatDateTime } from '#renderer/lib/format.js';
import { userTimeZone } from '#renderer/lib/timeZone.js';
import { useRemote } from '#renderer/lib/useRemote.js';

type Props = { onOpen(sessionId: string): void };

/** Follow-up reminders whose day has come, on the home screen until they are done. */
export function FollowUpReminders({ onOpen }: Props) {
  const client = useClient();
  const reminders = useRemote(() => client.mock.reminders({ timeZone: userTimeZone() }), [client]);
  const [error, setError] = useState<string | null>(null);

  const markDone = async (session: MockSession) => {
    try {
      await client.mock.followUp({ sessionId: session.id, followUp: { ...session.followUp, done: true } });
      setError(null);
      reminders.reload();
    } catch (cause) {
      setError(describeError(cause));
    }
  };

  if (!reminders.data || reminders.data.length === 0) return null;
  return (
    <section className="reminders" aria-label="Reminders">
      {reminders.data.map((session) => (
        <div key={session.id} className="notice reminder">
          <p>
            <strong>Follow-up due:</strong> send your thank-you note and go through the after-the-interview checklist for the mock interview
            of {formatDateTime(session.startedAt)}.
          </p>
          <span className="reminder__actions">
            <button type="button" className="button button--small" onClick={() => onOpen(session.id)}>
              Open the checklist
            </button>
            <button type="button" className="button button--small button--quiet" onClick={() => void markDone(session)}>
              Mark as done
            </button>
          </span>
        </div>
      ))}
      {error && (
        <p className="error-text" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}
