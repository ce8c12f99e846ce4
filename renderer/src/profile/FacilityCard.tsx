import { FACILITY_KIND_LABELS } from '#shared/schemas/profile-kinds.js';
import { isEmptyProfile } from '#shared/schemas/profile-content.js';
import { useClient } from '#renderer/api/ClientContext.js';
import { useRemote } from '#renderer/lib/useRemote.js';
import { interviewCountdown, todayKey } from './interviewCountdown.js';
import './facility.css';

/** The categories whose answers should draw on the user's research about the facility. */
export const FACILITY_CATEGORIES: ReadonlySet<string> = new Set(['facility-fit', 'closing-questions']);

type Props = {
  /** Opens the facility screen; absent, the card has no link. */
  onOpen?(): void;
  /** While a take is being recorded, leaving is not offered. */
  disabled?: boolean;
};

/**
 * Beside a "Why this facility" or closing question: the facility's name, its values and the user's
 * own notes (the questions they plan to ask), or a quiet invitation to add them.
 */
export function FacilityCard({ onOpen, disabled }: Props) {
  const client = useClient();
  const { data: profile } = useRemote(() => client.profile.get(), [client]);
  if (!profile) return null;

  if (isEmptyProfile(profile)) {
    return onOpen ? (
      <p className="facility-card--empty">
        <button type="button" className="button button--quiet facility-card__edit" onClick={onOpen} disabled={disabled}>
          Add the facility you’re interviewing with
        </button>
      </p>
    ) : null;
  }

  const countdown = interviewCountdown(profile, todayKey());
  const kind = profile.kind ? FACILITY_KIND_LABELS[profile.kind] : null;
  const details = [kind, countdown].filter(Boolean).join(' · ');
  return (
    <section className="card facility-card" aria-labelledby="facility-card-title">
      <h2 id="facility-card-title">{profile.name.trim() || 'Your facility'}</h2>
      {details && <p className="facility-card__kind">{details}</p>}
      {(profile.values.trim() || profile.notes.trim()) && (
        <dl>
          {profile.values.trim() && (
            <>
              <dt>Mission and values</dt>
              <dd>{profile.values.trim()}</dd>
            </>
          )}
          {profile.notes.trim() && (
            <>
              <dt>Your notes</dt>
              <dd>{profile.notes.trim()}</dd>
            </>
          )}
        </dl>
      )}
      {onOpen && (
        <button type="button" className="button button--quiet facility-card__edit" onClick={onOpen} disabled={disabled}>
          Edit the facility profile
        </button>
      )}
    </section>
  );
}
