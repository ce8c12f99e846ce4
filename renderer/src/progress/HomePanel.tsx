import type { Library } from '#shared/content/schema.js';
import { useClient } from '#renderer/api/ClientContext.js';
import { BeforeInterviewChecklist } from '#renderer/checklist/index.js';
import type { Screen } from '#renderer/lib/screen.js';
import { InterviewCountdown } from '#renderer/profile/index.js';
import { FollowUpReminders, ResumeMock } from '#renderer/mock/index.js';
import { plural } from '#renderer/lib/format.js';
import { userTimeZone } from '#renderer/lib/timeZone.js';
import { useRemote } from '#renderer/lib/useRemote.js';
import './progress.css';
import '#renderer/schedule/due.css';

type Props = { library: Pick<Library, 'checklists'>; onNavigate(screen: Screen): void };

/**
 * What today asks for, above the question list: the interview ahead and what to have ready for it,
 * due questions and follow-up reminders.
 */
export function HomePanel({ library, onNavigate }: Props) {
  const client = useClient();
  const due = useRemote(() => client.schedule.due({ timeZone: userTimeZone() }), [client]);
  const count = due.data?.items.length ?? 0;

  return (
    <div className="home-panel">
      <InterviewCountdown onOpen={() => onNavigate({ name: 'facility' })} />
      <BeforeInterviewChecklist library={library} where="home" />
      <ResumeMock
        onResume={(session, startIndex) => onNavigate({ name: 'mockRun', session, startIndex })}
        onOpenReport={(sessionId) => onNavigate({ name: 'mockReport', sessionId })}
      />
      <FollowUpReminders onOpen={(sessionId) => onNavigate({ name: 'mockReport', sessionId })} />
      {due.loading && due.data === null && (
        // Until main answers, the banner's room is kept (new profiles always have questions due), so
        // the list below does not move when it arrives; the screen is drawn before that (prerendered).
        <div className="home-panel__due home-panel__due--pending" aria-hidden="true">
          <p>Questions to practice today.</p>
          <button type="button" className="button button--primary" tabIndex={-1}>
            Practice due questions
          </button>
        </div>
      )}
      {count > 0 && (
        <section className="home-panel__due" aria-label="Due today">
          <p>{plural(count, 'question')} to practice today.</p>
          <button type="button" className="button button--quiet" onClick={() => onNavigate({ name: 'due' })}>
            See the list
          </button>
          <button
            type="button"
            className="button button--primary"
            onClick={() => onNavigate({ name: 'dueRun', questionIds: due.data!.items.map((i) => i.questionId), index: 0 })}
          >
            Practice due questions
          </button>
        </section>
      )}
    </div>
  );
}
