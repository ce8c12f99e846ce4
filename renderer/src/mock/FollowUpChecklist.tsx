import { useId, useRef, useState } from 'react';
import type { Checklist } from '#shared/content/schema.js';
import type { FollowUp, MockSession } from '#shared/schemas/mock.js';
import { useClient } from '#renderer/api/ClientContext.js';
import { describeError } from '#renderer/api/messages.js';
import { formatLongDay } from '#renderer/lib/format.js';

type Props = { session: MockSession; checklist: Checklist };

/** Today plus some days, as the user's own 'YYYY-MM-DD'. */
export function localDayFromNow(days: number, now = new Date()): string {
  const d = new Date(now.getFullYear(), now.getMonth(), now.getDate() + days);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/**
 * The guide's last step: after the interview, a timely thank-you note and a look back at the
 * answers. Ticks, the reminder day and "done" are saved as soon as they change; the reminder shows
 * on the home screen from its day until the follow-up is marked done.
 */
export function FollowUpChecklist({ session, checklist }: Props) {
  const client = useClient();
  const [followUp, setFollowUp] = useState<FollowUp>(session.followUp);
  const [status, setStatus] = useState<'idle' | 'saving' | 'saved' | { error: string }>('idle');
  const dateId = useId();
  // Saves go one after another, so two quick ticks cannot land in the wrong order.
  const queue = useRef<Promise<void>>(Promise.resolve());

  const save = (next: FollowUp) => {
    setFollowUp(next);
    setStatus('saving');
    queue.current = queue.current.then(async () => {
      try {
        await client.mock.followUp({ sessionId: session.id, followUp: next });
        setStatus('saved');
      } catch (error) {
        setStatus({ error: describeError(error) });
      }
    });
    return queue.current;
  };
  const toggle = (itemId: string, on: boolean) =>
    void save({ ...followUp, checked: on ? [...followUp.checked, itemId] : followUp.checked.filter((id) => id !== itemId) });

  return (
    <section className="card follow-up" aria-labelledby="follow-up-title">
      <h2 id="follow-up-title">{checklist.title}</h2>
      <p className="muted">Practice the last step too: a short, timely thank-you note keeps you in the interviewer’s mind.</p>
      <ul className="follow-up__items">
        {checklist.items.map((item) => (
          <li key={item.id}>
            <label className="follow-up__item">
              <input type="checkbox" checked={followUp.checked.includes(item.id)} onChange={(e) => toggle(item.id, e.target.checked)} />
              <span>
                <span className="follow-up__text">
                  {item.text}
                  {/* Advice the guide does not contain says so (content: "source": "coaching"). */}
                  {item.source === 'coaching' && <span className="follow-up__source">Coaching advice</span>}
                </span>
                {item.detail && <span className="follow-up__detail">{item.detail}</span>}
              </span>
            </label>
          </li>
        ))}
      </ul>
      <div className="follow-up__reminder">
        <div className="field__row">
          <label className="field__label" htmlFor={dateId}>
            Remind me on
          </label>
          <input
            id={dateId}
            type="date"
            value={followUp.remindOn ?? ''}
            min={localDayFromNow(0)}
            onChange={(e) => void save({ ...followUp, remindOn: e.target.value || null, done: false })}
          />
        </div>
        <button
          type="button"
          className="button button--small"
          onClick={() => void save({ ...followUp, remindOn: localDayFromNow(1), done: false })}
        >
          Tomorrow
        </button>
        {followUp.remindOn && (
          <button type="button" className="button button--small button--quiet" onClick={() => void save({ ...followUp, remindOn: null })}>
            No reminder
          </button>
        )}
      </div>
      <p className="muted small">
        {followUp.done
          ? 'Follow-up done.'
          : followUp.remindOn
            ? `The home screen will remind you from ${formatLongDay(followUp.remindOn)}.`
            : 'No reminder set.'}
      </p>
      <label className="field--check follow-up__done">
        <input type="checkbox" checked={followUp.done} onChange={(e) => void save({ ...followUp, done: e.target.checked })} />
        <span>The follow-up is done</span>
      </label>
      <p className={`save-status ${typeof status === 'object' ? 'save-status--error' : ''}`} role="status">
        {status === 'saving' ? 'Saving…' : status === 'saved' ? 'Saved' : typeof status === 'object' ? `Not saved: ${status.error}` : ''}
      </p>
    </section>
  );
}
