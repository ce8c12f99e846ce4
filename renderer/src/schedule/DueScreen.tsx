import { useId, useState } from 'react';
import type { Library } from '#shared/content/schema.js';
import type { Settings, SettingsPatch } from '#shared/schemas/settings.js';
import { useClient } from '#renderer/api/ClientContext.js';
import { describeError } from '#renderer/api/messages.js';
import type { Screen } from '#renderer/lib/screen.js';
import { useFocusOnMount } from '#renderer/lib/useFocusOnMount.js';
import { DueList } from './DueList.js';
import { dueReason, queueSummary } from './dueText.js';
import { formatDay, plural, relativeDays } from '#renderer/lib/format.js';
import { userTimeZone } from '#renderer/lib/timeZone.js';
import { useRemote } from '#renderer/lib/useRemote.js';
import '#renderer/progress/progress.css';
import './due.css';
import { LoadState } from '#renderer/ui/LoadState.js';

type Props = {
  library: Library;
  settings: Settings;
  onSaveSettings(patch: SettingsPatch): Promise<Settings>;
  onNavigate(screen: Screen): void;
};

const NEW_PER_DAY = [0, 1, 2, 3, 5, 8, 10, 15, 20];

/** Today's spaced-review queue: what to practice, what comes next, and what is set aside. */
export function DueScreen({ library, settings, onSaveSettings, onNavigate }: Props) {
  const client = useClient();
  const heading = useFocusOnMount<HTMLHeadingElement>();
  const queue = useRemote(() => client.schedule.due({ timeZone: userTimeZone() }), [client, settings.newQuestionsPerDay]);
  const [actionError, setActionError] = useState<string | null>(null);
  const limitId = useId();
  const textOf = (id: string) => library.questions.find((q) => q.id === id)?.text ?? id;
  const data = queue.data;

  const suspend = async (questionId: string, suspended: boolean) => {
    try {
      await client.schedule.suspend({ questionId, suspended });
      setActionError(null);
      queue.reload();
    } catch (error) {
      setActionError(describeError(error));
    }
  };
  const practiceQuestion = (questionId: string) => onNavigate({ name: 'practice', questionId, back: { name: 'due' } });

  return (
    <div className="screen screen--narrow">
      <div className="screen__intro">
        <h1 ref={heading} tabIndex={-1}>
          Due today
        </h1>
        <p className="muted">
          Questions come back when your ratings say so: answers you rated weak return the next day, strong ones after longer and longer
          gaps. A few new questions join each day.
        </p>
      </div>
      {!data && <LoadState what="The queue" error={queue.error} onRetry={queue.reload} />}
      {actionError && (
        <p className="error-text" role="alert">
          {actionError}
        </p>
      )}
      {data && (
        <>
          <section className="card" aria-labelledby="due-title">
            <h2 id="due-title">Today</h2>
            {data.items.length === 0 ? (
              <p className="empty">
                Nothing due today.{' '}
                {data.upcoming[0]
                  ? `Next: ${textOf(data.upcoming[0].questionId)} (${relativeDays(data.today, data.upcoming[0].dueOn)}).`
                  : 'Rate your answers when you review them, and they will be scheduled here.'}
              </p>
            ) : (
              <>
                <p>{queueSummary(data)}</p>
                <button
                  type="button"
                  className="button button--primary"
                  onClick={() => onNavigate({ name: 'dueRun', questionIds: data.items.map((i) => i.questionId), index: 0 })}
                >
                  Practice due questions
                </button>
              </>
            )}
            <div className="field due-limit">
              <div className="field__row">
                <label className="field__label" htmlFor={limitId}>
                  New questions per day
                </label>
                <select
                  id={limitId}
                  value={settings.newQuestionsPerDay}
                  onChange={(e) =>
                    void onSaveSettings({ newQuestionsPerDay: Number(e.target.value) }).catch((err: unknown) =>
                      setActionError(describeError(err)),
                    )
                  }
                >
                  {NEW_PER_DAY.map((n) => (
                    <option key={n} value={n}>
                      {n}
                    </option>
                  ))}
                </select>
              </div>
              <p className="field__hint">
                {data.newStartedToday > 0 ? `${plural(data.newStartedToday, 'new question')} started today. ` : ''}
                {plural(data.newWaiting, 'question')} not practiced yet wait for later days.
              </p>
            </div>
            {data.items.length > 0 && (
              <DueList
                items={data.items.map((i) => ({ questionId: i.questionId, text: textOf(i.questionId), note: dueReason(i) }))}
                label="Due today"
                onPractice={practiceQuestion}
                secondary={{ label: 'Suspend', onClick: (id) => void suspend(id, true) }}
              />
            )}
          </section>
          {data.upcoming.length > 0 && (
            <section className="card" aria-labelledby="upcoming-title">
              <h2 id="upcoming-title">Coming up</h2>
              <DueList
                items={data.upcoming.map((u) => ({
                  questionId: u.questionId,
                  text: textOf(u.questionId),
                  note: `${formatDay(u.dueOn)} (${relativeDays(data.today, u.dueOn)})`,
                }))}
                label="Coming up"
                onPractice={practiceQuestion}
              />
            </section>
          )}
          {data.suspended.length > 0 && (
            <section className="card" aria-labelledby="suspended-title">
              <h2 id="suspended-title">Suspended</h2>
              <p className="muted">Left out of the queue and of mock interviews until you bring them back.</p>
              <DueList
                items={data.suspended.map((id) => ({ questionId: id, text: textOf(id), note: 'Suspended' }))}
                label="Suspended"
                onPractice={practiceQuestion}
                secondary={{ label: 'Unsuspend', onClick: (id) => void suspend(id, false) }}
              />
            </section>
          )}
        </>
      )}
    </div>
  );
}
