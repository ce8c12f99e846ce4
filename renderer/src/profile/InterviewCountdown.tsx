import { FACILITY_KIND_LABELS } from '#shared/schemas/profile-kinds.js';
import { useClient } from '#renderer/api/ClientContext.js';
import { formatLongDay } from '#renderer/lib/format.js';
import { useRemote } from '#renderer/lib/useRemote.js';
import { interviewCountdown, todayKey } from './interviewCountdown.js';
import './facility.css';

/** "Interview in 5 days", on the home screen while an interview date lies ahead. */
export function InterviewCountdown({ onOpen }: { onOpen(): void }) {
  const client = useClient();
  const profile = useRemote(() => client.profile.get(), [client]);
  const countdown = profile.data ? interviewCountdown(profile.data, todayKey()) : null;
  if (!profile.data || !countdown) return null;
  const { name, kind, interviewDate, interviewTime } = profile.data;
  const where = name.trim() || (kind ? `the ${FACILITY_KIND_LABELS[kind].toLowerCase()}` : '');
  return (
    <section className="home-panel__interview" aria-label="Your interview">
      <p>
        <span className="home-panel__countdown">{countdown}</span>
        {where ? ` at ${where}` : ''}
        <span className="muted">
          {' '}
          — {formatLongDay(interviewDate!)}
          {interviewTime ? `, ${interviewTime}` : ''}
        </span>
      </p>
      <button type="button" className="button button--quiet" onClick={onOpen}>
        Your facility notes
      </button>
    </section>
  );
}
