import { calibrationNotes, type CalibrationInput } from '#shared/analysis/calibration.js';
import type { Criterion } from '#shared/content/schema.js';
import type { Attempt } from '#shared/schemas/attempt.js';
import { useShortcuts } from '#renderer/lib/shortcuts.js';
import { useClient } from '#renderer/api/ClientContext.js';
import { CriterionRow } from './CriterionRow.js';
import { RatingPicker } from './RatingPicker.js';
import { SaveStatusText } from '#renderer/ui/SaveStatusText.js';
import { useReviewAutosave } from './useReviewAutosave.js';

/** What was measured about the answer, for notes where a mark and the facts disagree. */
export type ReviewFacts = Omit<CalibrationInput, 'marks'>;

type Props = { attempt: Attempt; criteria: Criterion[]; onSaved(attempt: Attempt): void; facts?: ReviewFacts };

/** The self-review of one answer against the question's criteria, saved as it is edited. */
export function ReviewChecklist({ attempt, criteria, onSaved, facts }: Props) {
  const client = useClient();
  const edit = useReviewAutosave(client, attempt, onSaved);
  const { review } = edit;
  const notes = facts ? calibrationNotes({ ...facts, marks: review.marks }) : null;

  useShortcuts((event) => {
    const n = Number(event.key);
    if (!Number.isInteger(n) || n < 1 || n > 9) return false;
    const criterion = criteria[n - 1];
    if (!criterion) return false;
    edit.cycleMark(criterion.id);
    return true;
  });

  return (
    <section className="review" aria-labelledby="review-title">
      <div className="review__head">
        <h2 id="review-title">How did it go?</h2>
        <SaveStatusText status={edit.status} onRetry={edit.flush} />
      </div>
      <p className="muted">
        Listen back, then mark each point honestly. Number keys 1–{Math.min(9, criteria.length)} step through the marks.
      </p>
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
