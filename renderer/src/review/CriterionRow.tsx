import type { Criterion } from '#shared/content/schema.js';
import type { CriterionMark } from '#shared/schemas/attempt.js';
import { MARKS } from './markOptions.js';
import './calibration.css';

type Props = {
  index: number;
  criterion: Criterion;
  mark: CriterionMark | undefined;
  note: string;
  onMark(mark: CriterionMark): void;
  onNote(note: string): void;
  onBlur(): void;
  /**
   * Where the recording's measured facts disagree with the mark (shared/analysis/calibration.ts).
   * Undefined when no facts are known; the live region is then left out.
   */
  calibration?: readonly string[];
};

/** One criterion: a native radio group (arrow keys move within it) and an optional note. */
export function CriterionRow({ index, criterion, mark, note, onMark, onNote, onBlur, calibration }: Props) {
  const name = `mark-${criterion.id}`;
  const shortcut = index <= 9 ? String(index) : undefined;
  return (
    <fieldset className={`criterion criterion--${mark ?? 'unmarked'}`} data-criterion={criterion.id}>
      <legend className="criterion__label">
        {shortcut && (
          <kbd className="criterion__key" aria-hidden="true">
            {shortcut}
          </kbd>
        )}
        {criterion.label}
      </legend>
      <p className="criterion__meaning">{criterion.meaning}</p>
      <details className="criterion__listen">
        <summary>How to tell when listening back</summary>
        <p>{criterion.listenFor}</p>
      </details>
      <div className="segmented" role="radiogroup" aria-label={`${criterion.label}: did you meet it?`}>
        {MARKS.map((m) => (
          <label key={m.value} className={`segmented__option segmented__option--${m.value}`}>
            <input
              type="radio"
              name={name}
              value={m.value}
              checked={mark === m.value}
              onChange={() => onMark(m.value)}
              aria-keyshortcuts={shortcut}
            />
            <span>{m.label}</span>
          </label>
        ))}
      </div>
      {calibration && (
        // Polite: a note that appears as a mark is ticked is read out after the tick itself.
        <div className="criterion__calibration" role="status">
          {calibration.map((text) => (
            <p key={text}>{text}</p>
          ))}
        </div>
      )}
      <label className="field field--inline">
        <span className="field__label">Note (optional)</span>
        <input
          type="text"
          value={note}
          maxLength={2000}
          onChange={(e) => onNote(e.target.value)}
          onBlur={onBlur}
          aria-label={`Note on ${criterion.label} (optional)`}
        />
      </label>
    </fieldset>
  );
}
