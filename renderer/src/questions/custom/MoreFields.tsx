import { CUSTOM_TEXT_LIMITS } from '#shared/schemas/questions.js';
import type { FormErrors, QuestionForm } from './questionForm.js';
import { describedBy, FieldError } from './FieldError.js';

type Props = {
  id: string;
  form: QuestionForm;
  errors: FormErrors;
  open: boolean;
  onToggle(open: boolean): void;
  onChange(patch: Partial<QuestionForm>): void;
};

const DIFFICULTIES: [QuestionForm['difficulty'], string][] = [
  ['easy', 'Easy'],
  ['medium', 'Medium'],
  ['hard', 'Hard'],
];

/** The optional parts, out of the way until wanted; left empty, main fills sensible defaults. */
export function MoreFields({ id, form, errors, open, onToggle, onChange }: Props) {
  const setFollowUp = (index: number, value: string) => {
    const next = [...form.followUps] as QuestionForm['followUps'];
    next[index] = value;
    onChange({ followUps: next });
  };
  const setMustHave = (index: number, value: string) => {
    const next = [...form.mustHaves] as QuestionForm['mustHaves'];
    next[index] = value;
    onChange({ mustHaves: next });
  };
  return (
    <details className="more-fields" open={open} onToggle={(e) => onToggle(e.currentTarget.open)}>
      <summary>More: what the interviewer listens for, a STAR hint, follow-ups, must-haves, difficulty (optional)</summary>
      <p className="field__hint">Leave any of these empty and the app fills in a sensible default from the criteria you ticked.</p>

      <div className="field">
        <label className="field__label" htmlFor={`${id}-listen`}>
          What the interviewer listens for
        </label>
        <textarea
          id={`${id}-listen`}
          rows={3}
          value={form.listenFor}
          aria-invalid={errors.listenFor ? true : undefined}
          aria-describedby={describedBy(errors.listenFor && `${id}-listen-error`)}
          onChange={(e) => onChange({ listenFor: e.target.value })}
        />
        <FieldError id={`${id}-listen-error`} message={errors.listenFor} />
      </div>

      <div className="field">
        <label className="field__label" htmlFor={`${id}-star`}>
          STAR hint
        </label>
        <textarea
          id={`${id}-star`}
          rows={2}
          value={form.starHint}
          aria-invalid={errors.starHint ? true : undefined}
          aria-describedby={describedBy(`${id}-star-hint`, errors.starHint && `${id}-star-error`)}
          onChange={(e) => onChange({ starHint: e.target.value })}
        />
        <p id={`${id}-star-hint`} className="field__hint">
          Which story to tell, or how to shape it: Situation, Task, Action, Result.
        </p>
        <FieldError id={`${id}-star-error`} message={errors.starHint} />
      </div>

      <fieldset className="more-fields__follow-ups" aria-describedby={describedBy(errors.followUps && `${id}-follow-error`)}>
        <legend className="field__label">Follow-up questions the interviewer might ask</legend>
        {form.followUps.map((value, i) => (
          <input
            key={i}
            id={`${id}-follow-${i}`}
            type="text"
            aria-label={`Follow-up ${i + 1}`}
            value={value}
            aria-invalid={errors.followUps && value.trim().length > CUSTOM_TEXT_LIMITS.followUp ? true : undefined}
            onChange={(e) => setFollowUp(i, e.target.value)}
          />
        ))}
        <FieldError id={`${id}-follow-error`} message={errors.followUps} />
      </fieldset>

      <fieldset
        className="more-fields__follow-ups"
        aria-describedby={describedBy(`${id}-must-hint`, errors.mustHaves && `${id}-must-error`)}
      >
        <legend className="field__label">Must-haves: points your answer has to make</legend>
        {form.mustHaves.map((value, i) => (
          <input
            key={i}
            id={`${id}-must-${i}`}
            type="text"
            aria-label={`Must-have ${i + 1}`}
            value={value}
            aria-invalid={errors.mustHaves && value.trim().length > CUSTOM_TEXT_LIMITS.mustHave ? true : undefined}
            onChange={(e) => setMustHave(i, e.target.value)}
          />
        ))}
        <p id={`${id}-must-hint`} className="field__hint">
          For example “Ask for photo ID and the insurance card”. You tick each one when you review an answer.
        </p>
        <FieldError id={`${id}-must-error`} message={errors.mustHaves} />
      </fieldset>

      <div className="field">
        <label className="field__label" htmlFor={`${id}-difficulty`}>
          Difficulty
        </label>
        <select
          id={`${id}-difficulty`}
          value={form.difficulty}
          onChange={(e) => onChange({ difficulty: e.target.value as QuestionForm['difficulty'] })}
        >
          {DIFFICULTIES.map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>
      </div>
    </details>
  );
}
