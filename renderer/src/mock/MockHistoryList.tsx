import type { MockSession } from '#shared/schemas/mock.js';
import { formatDateTime, plural } from '#renderer/lib/format.js';

type Props = { sessions: readonly MockSession[]; onOpen(sessionId: string): void; headingLevel?: 'h2' | 'h3' };

/** Past mock interviews, newest first, each opening its report. */
export function MockHistoryList({ sessions, onOpen, headingLevel = 'h2' }: Props) {
  const Heading = headingLevel;
  return (
    <section className="card" aria-labelledby="mock-history-title">
      <Heading id="mock-history-title">Past mock interviews</Heading>
      {sessions.length === 0 ? (
        <p className="empty">No mock interviews yet. A mock interview asks several questions back to back, like the real thing.</p>
      ) : (
        <ul className="session-list">
          {sessions.map((s) => (
            <li key={s.id} className="session-row">
              <span className="session-row__date">{formatDateTime(s.startedAt)}</span>
              <span className="muted">{plural(s.questionIds.length, 'question')}</span>
              {s.followUp.done ? (
                <span className="tag">follow-up done</span>
              ) : s.followUp.remindOn ? (
                <span className="tag">reminder set</span>
              ) : null}
              <button type="button" className="button button--small" onClick={() => onOpen(s.id)}>
                Open report<span className="visually-hidden"> of the mock interview on {formatDateTime(s.startedAt)}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
