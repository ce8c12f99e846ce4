import type { Criterion } from '#shared/content/schema.js';
import { describedBy, FieldError } from './FieldError.js';

type Props = {
  id: string;
  criteria: readonly Criterion[];
  selected: readonly string[];
  error: string | undefined;
  onChange(criteriaIds: string[]): void;
};

/** The first sentence of a criterion's meaning: enough to choose by, short enough to scan eleven of them. */
const gist = (meaning: string) => /^.*?[.!?](?=\s|$)/.exec(meaning)?.[0] ?? meaning;

/** What the answer is judged by in the review: the guide's criteria, each with what it means. */
export function CriteriaField({ id, criteria, selected, error, onChange }: Props) {
  const toggle = (criterionId: string, on: boolean) =>
    onChange(on ? [...selected, criterionId] : selected.filter((c) => c !== criterionId));
  return (
    <fieldset
      className="criteria-field"
      id={id}
      tabIndex={-1}
      aria-invalid={error ? true : undefined}
      aria-describedby={describedBy(`${id}-hint`, error && `${id}-error`)}
    >
      <legend className="field__label">What to judge your answer by</legend>
      <p id={`${id}-hint`} className="field__hint">
        Tick the criteria from the interview guide that fit this question. They become the checklist when you review your answer.
      </p>
      <FieldError id={`${id}-error`} message={error} />
      <ul className="criteria-field__list">
        {criteria.map((c) => (
          <li key={c.id} className="criteria-field__item">
            <input
              id={`${id}-${c.id}`}
              type="checkbox"
              checked={selected.includes(c.id)}
              aria-describedby={`${id}-${c.id}-meaning`}
              onChange={(e) => toggle(c.id, e.target.checked)}
            />
            <label htmlFor={`${id}-${c.id}`} className="criteria-field__label">
              {c.label}
            </label>
            <span id={`${id}-${c.id}-meaning`} className="criteria-field__meaning">
              {gist(c.meaning)}
            </span>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}
