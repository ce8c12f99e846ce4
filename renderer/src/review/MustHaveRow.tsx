import type { MustHave } from '#shared/content/schema.js';
import type { CriterionMark } from '#shared/schemas/attempt.js';
import { MARKS } from './markOptions.js';
import './must-haves.css';

type Props = { index: number; mustHave: MustHave; mark: CriterionMark | undefined; onMark(mark: CriterionMark): void };

/** One point this question's answer must make: ticked like a criterion, without a note. */
export function MustHaveRow({ index, mustHave, mark, onMark }: Props) {
  const shortcut = index <= 9 ? String(index) : undefined;
  return (
    <fieldset className={`criterion criterion--must-have criterion--${mark ?? 'unmarked'}`} data-must-have={mustHave.id}>
      <legend className="criterion__label">
        {shortcut && (
          <kbd className="criterion__key" aria-hidden="true">
            {shortcut}
          </kbd>
        )}
        {mustHave.text}
      </legend>
      <div className="segmented" role="radiogroup" aria-label={`Must-have: ${mustHave.text}: did you make this point?`}>
        {MARKS.map((m) => (
          <label key={m.value} className={`segmented__option segmented__option--${m.value}`}>
            <input
              type="radio"
              name={`must-have-${mustHave.id}`}
              value={m.value}
              checked={mark === m.value}
              onChange={() => onMark(m.value)}
              aria-keyshortcuts={shortcut}
            />
            <span>{m.label}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
