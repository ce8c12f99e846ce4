import { LoadState } from '#renderer/ui/LoadState.js';
import { useCallback, useRef, useState, type ReactNode } from 'react';
import {
  FACILITY_KIND_LABELS,
  FACILITY_KINDS,
  FACILITY_TEXT_LIMITS,
  profileContent,
  type FacilityKind,
  type FacilityProfile,
  type FacilityProfileFields,
} from '#shared/schemas/profile.js';
import { useClient } from '#renderer/api/ClientContext.js';
import { backLabel, type Screen } from '#renderer/lib/screen.js';
import { useFocusOnMount } from '#renderer/lib/useFocusOnMount.js';
import { formatLongDay, relativeDays } from '#renderer/lib/format.js';
import { useRemote } from '#renderer/lib/useRemote.js';
import { createReviewSaver, type SaveStatus } from '#renderer/lib/autosave/reviewSaver.js';
import { SaveStatusText } from '#renderer/ui/SaveStatusText.js';
import { useFlushOnLeave } from '#renderer/lib/autosave/useFlushOnLeave.js';
import { todayKey } from './interviewCountdown.js';
import './facility.css';

/** Systems a coordinator meets most; the field takes any name. */
const COMMON_EHR_SYSTEMS = [
  'Epic',
  'Oracle Health (Cerner)',
  'athenahealth',
  'eClinicalWorks',
  'NextGen',
  'MEDITECH',
  'Veradigm (Allscripts)',
];

type Props = {
  /** The screen it was opened from (a practice question), offered as a way back. */
  back?: Screen;
  onNavigate(screen: Screen): void;
};

/** The facility the user is interviewing with: their research, saved as they type. */
export function FacilityScreen({ back, onNavigate }: Props) {
  const client = useClient();
  const heading = useFocusOnMount<HTMLHeadingElement>();
  const profile = useRemote(() => client.profile.get(), [client]);

  return (
    <div className="screen screen--narrow facility">
      {back && (
        <button type="button" className="button button--quiet back-link" onClick={() => onNavigate(back)}>
          {backLabel(back)}
        </button>
      )}
      <h1 ref={heading} tabIndex={-1}>
        The facility you’re interviewing with
      </h1>
      <p className="screen__intro muted">
        Research the facility before the day: its values, the patients it serves and the systems it uses. What you note here is shown when
        you practice the “Why this facility” and closing questions.
      </p>
      {profile.data ? (
        <FacilityForm initial={profile.data} />
      ) : (
        <LoadState what="Your facility profile" error={profile.error} onRetry={profile.reload} />
      )}
    </div>
  );
}

function FacilityForm({ initial }: { initial: FacilityProfile }) {
  const client = useClient();
  const [draft, setDraft] = useState<FacilityProfileFields>(() => profileContent(initial));
  const [status, setStatus] = useState<SaveStatus>({ state: 'idle' });
  const draftRef = useRef(draft);
  const [saver] = useState(() =>
    createReviewSaver<FacilityProfileFields>({ save: (fields) => client.profile.set(fields), onStatus: setStatus }),
  );
  useFlushOnLeave(saver);

  /** Text is saved after a pause in typing (and when the field is left); choices at once. */
  const change = useCallback(
    <K extends keyof FacilityProfileFields>(key: K, value: FacilityProfileFields[K], immediate: boolean) => {
      const next = { ...draftRef.current, [key]: value };
      draftRef.current = next;
      setDraft(next);
      saver.update(next, immediate);
    },
    [saver],
  );
  const flush = () => void saver.flush();
  const text = (key: TextKey) => ({
    value: draft[key],
    onChange: (value: string) => change(key, value, false),
    onBlur: flush,
  });
  const today = todayKey();

  return (
    <form className="facility__form" onSubmit={(e) => e.preventDefault()} noValidate>
      <p className="quiet-note facility__autosave">Changes are saved as you type.</p>
      <fieldset className="card">
        <legend>The facility</legend>
        <TextField id="facility-name" label="Facility name" maxLength={FACILITY_TEXT_LIMITS.short} {...text('name')} />
        <div className="field">
          <label className="field__label" htmlFor="facility-kind">
            Kind of facility
          </label>
          <select
            id="facility-kind"
            value={draft.kind ?? ''}
            onChange={(e) => change('kind', (e.target.value || null) as FacilityKind | null, true)}
          >
            <option value="">Not chosen</option>
            {FACILITY_KINDS.map((kind) => (
              <option key={kind} value={kind}>
                {FACILITY_KIND_LABELS[kind]}
              </option>
            ))}
          </select>
        </div>
        <TextField
          id="facility-values"
          label="Mission and values"
          multiline
          maxLength={FACILITY_TEXT_LIMITS.long}
          hint="In their own words, from their website or the job posting. Interviewers notice when you name a value exactly."
          {...text('values')}
        />
        <TextField
          id="facility-patients"
          label="Patients they serve"
          multiline
          maxLength={FACILITY_TEXT_LIMITS.long}
          hint="Ages, languages, the neighborhood, common conditions, the insurance mix."
          {...text('patients')}
        />
        <TextField
          id="facility-ehr"
          label="EHR system they use"
          maxLength={FACILITY_TEXT_LIMITS.short}
          list="facility-ehr-options"
          hint="If you haven’t used it, be ready to say how you learned a new system quickly."
          {...text('ehrSystem')}
        />
        <datalist id="facility-ehr-options">
          {COMMON_EHR_SYSTEMS.map((name) => (
            <option key={name} value={name} />
          ))}
        </datalist>
      </fieldset>

      <fieldset className="card">
        <legend>The interview</legend>
        <div className="field-pair">
          <div className="field">
            <label className="field__label" htmlFor="facility-date">
              Interview date
            </label>
            <input
              id="facility-date"
              type="date"
              value={draft.interviewDate ?? ''}
              aria-describedby="facility-date-hint"
              // A half-typed date reads as '' until it is whole; only a whole day (or none) is saved.
              onChange={(e) => change('interviewDate', e.target.value || null, true)}
            />
            <p id="facility-date-hint" className="field__hint">
              {draft.interviewDate ? `${formatLongDay(draft.interviewDate)} (${relativeDays(today, draft.interviewDate)})` : 'Optional'}
            </p>
          </div>
          <div className="field">
            <label className="field__label" htmlFor="facility-time">
              Interview time
            </label>
            <input
              id="facility-time"
              type="time"
              value={draft.interviewTime ?? ''}
              aria-describedby="facility-time-hint"
              onChange={(e) => change('interviewTime', e.target.value || null, true)}
            />
            <p id="facility-time-hint" className="field__hint">
              Optional
            </p>
          </div>
        </div>
        <TextField
          id="facility-interviewers"
          label="Interviewer(s)"
          maxLength={FACILITY_TEXT_LIMITS.short}
          hint="Names and roles, if you know them."
          {...text('interviewers')}
        />
      </fieldset>

      <fieldset className="card">
        <legend>Your notes</legend>
        <TextField
          id="facility-notes"
          label="Notes and questions to ask them"
          multiline
          rows={6}
          maxLength={FACILITY_TEXT_LIMITS.long}
          hint="What you want to mention, and the questions you plan to ask at the end: about the team, training, a typical day."
          {...text('notes')}
        />
      </fieldset>
      <SaveStatusText status={status} onRetry={flush} what="facility profile" />
    </form>
  );
}

type TextKey = 'name' | 'values' | 'patients' | 'ehrSystem' | 'interviewers' | 'notes';

type TextFieldProps = {
  id: string;
  label: string;
  hint?: ReactNode;
  value: string;
  maxLength: number;
  multiline?: boolean;
  rows?: number;
  list?: string;
  onChange(value: string): void;
  onBlur(): void;
};

function TextField({ id, label, hint, value, maxLength, multiline, rows = 3, list, onChange, onBlur }: TextFieldProps) {
  const common = {
    id,
    value,
    maxLength,
    'aria-describedby': hint ? `${id}-hint` : undefined,
    onBlur,
  };
  return (
    <div className="field">
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      {multiline ? (
        <textarea {...common} rows={rows} onChange={(e) => onChange(e.target.value)} />
      ) : (
        <input {...common} type="text" list={list} autoComplete="off" onChange={(e) => onChange(e.target.value)} />
      )}
      {hint && (
        <p id={`${id}-hint`} className="field__hint">
          {hint}
        </p>
      )}
    </div>
  );
}
