import { calibrationNotes, type CalibrationInput } from '#shared/analysis/calibration.js';
import type { Criterion, MustHave } from '#shared/content/schema.js';
import type { Attempt } from '#shared/schemas/attempt.js';
import { useShortcuts } from '#renderer/lib/shortcuts.js';
import { useClient } from '#renderer/api/ClientContext.js';
import { CriterionRow } from './CriterionRow.js';
import { MustHaveRow } from './MustHaveRow.js';
import { RatingPicker } from './RatingPicker.js';
import { SaveStatusText } from '#renderer/ui/SaveStatusText.js';
import { useReviewAutosave } from './useReviewAutosave.js';

/** What was measured about the answer, for notes where a mark and the facts disagree. */
export type ReviewFacts = Omit<CalibrationInput, 'marks'>;

type Props = {
  attempt: Attempt;
  criteria: Criterion[];
  /** The question's own points to make, ticked after the criteria (and numbered after them). */
  mustHaves?: readonly MustHave[];
  onSaved(attempt: Attempt): void;
  facts?: ReviewFacts;
};

/** The self-review of one answer against the question's criteria and must-haves, saved as it is edited. */
export function ReviewChecklist({ attempt, criteria, mustHaves = [], onSaved, facts }: Props) {
  const client = useClient();
  const edit = useReviewAutosave(client, attempt, onSaved);
  const { review } = edit;
  const notes = facts ? calibrationNotes({ ...facts, marks: review.marks }) : null;

  useShortcuts((event) => {
    const n = Number(event.key);
    if (!Number.isInteger(n) || n < 1 || n > 9) return false;
    const criterion = criteria[n - 1];
    if (criterion) {
      edit.cycleMark(criterion.id);
      return true;
    }
    const mustHave = mustHaves[n - 1 - criteria.length];
    if (!mustHave) return false;
    edit.cycleMustHaveMark(mustHave.id);
    return true;
  });
  const points = criteria.length + mustHaves.length;

  return (
    <section className="review" aria-labelledby="review-title">
      <div className="review__head">
        <h2 id="review-title">How did it go?</h2>
        <SaveStatusText status={edit.status} onRetry={edit.flush} />
      </div>
      <p className="muted">Listen back, then mark each point honestly. Number keys 1–{Math.min(9, points)} step through the marks.</p>
      {criteria.map((criterion, i) => (
        <CriterionRow
          key={criterion.id}
          index={i + 1}
          criterion={criterion}
          mark={review.marks[criterion.id]}
          note={review.criterionNotes[criterion.id] ?? ''}
          onMark={(mark) => edit.setMark(criterion.id, mark)}
          onNote={(note) => edit.setNote(criterion.id, note)}
          onBlur={edit.flush}
          calibration={notes?.filter((n) => n.criterionId === criterion.id).map((n) => n.text)}
        />
      ))}
      {mustHaves.length > 0 && (
        <div className="review__must-haves">
          <h3 className="review__subhead">This question’s must-haves</h3>
          {mustHaves.map((mustHave, i) => (
            <MustHaveRow
              key={mustHave.id}
              index={criteria.length + i + 1}
              mustHave={mustHave}
              mark={review.mustHaveMarks?.[mustHave.id]}
              onMark={(mark) => edit.setMustHaveMark(mustHave.id, mark)}
            />
          ))}
        </div>
      )}
      <RatingPicker rating={review.rating} onChange={edit.setRating} />
      <label className="field">
        <span className="field__label">Next time I will…</span>
        <textarea
          rows={3}
          maxLength={4000}
          value={review.nextTime}
          onChange={(e) => edit.setNextTime(e.target.value)}
          onBlur={edit.flush}
        />
      </label>
    </section>
  );
}
