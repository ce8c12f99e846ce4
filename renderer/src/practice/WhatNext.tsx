export type NextStep = {
  /** What the button says, e.g. "Next due question". */
  label: string;
  /** Told the take just reviewed, so a Due today run can ask for its rating first. */
  go(): void;
};

type Props = {
  onRetake(): void;
  next: NextStep | null;
  backLabel: string;
  onBack(): void;
  /** A follow-up offered after the answer (practice), when the question has one. */
  onFollowUp?(): void;
};

/**
 * The end of every review: what to do now. It sticks to the bottom of the window while the review
 * scrolls, so it is reachable without scrolling, and each action has a key (listed under `?`).
 * It stays one line high so it covers as little of the review as it can: each button shows its
 * first word ("Retake", "Follow-up", "Next", "Back") and the rest (`.visually-hidden`) is hidden
 * from sight only, so the visible label is part of the accessible one (WCAG 2.5.3: "Retake now",
 * "Answer a follow-up", "Next due question", "Back to the list") and the names stay the same.
 */
export function WhatNext({ onRetake, next, backLabel, onBack, onFollowUp }: Props) {
  return (
    <nav className="what-next what-next--sticky" aria-label="What next">
      <h3 className="what-next__title">What next?</h3>
      <button type="button" className="button" onClick={onRetake} aria-keyshortcuts="T">
        Retake<span className="visually-hidden"> now</span>
        <kbd aria-hidden="true">T</kbd>
      </button>
      {onFollowUp && (
        <button type="button" className="button" onClick={onFollowUp} aria-keyshortcuts="F">
          <span className="visually-hidden">Answer a </span>
          <span className="what-next__first">follow-up</span>
          <kbd aria-hidden="true">F</kbd>
        </button>
      )}
      {next && (
        <button type="button" className="button button--primary" onClick={next.go} aria-keyshortcuts="N">
          <Shortened label={next.label} />
          <kbd aria-hidden="true">N</kbd>
        </button>
      )}
      <button type="button" className="button button--quiet" onClick={onBack} aria-keyshortcuts="B">
        <Shortened label={backLabel} />
        <kbd aria-hidden="true">B</kbd>
      </button>
    </nav>
  );
}

/** A label's first word, with the rest for the accessible name only: "Back to the list" shows as "Back". */
function Shortened({ label }: { label: string }) {
  const space = label.indexOf(' ');
  if (space < 0) return label;
  return (
    <>
      {label.slice(0, space)}
      <span className="visually-hidden">{label.slice(space)}</span>
    </>
  );
}

/** The keys of the footer; null when the key is not one of them. */
export function whatNextAction(event: KeyboardEvent): 'retake' | 'followUp' | 'next' | 'back' | null {
  if (event.shiftKey) return null; // Shift+S/T/A/R mark STAR parts
  switch (event.key) {
    case 't':
      return 'retake';
    case 'f':
      return 'followUp';
    case 'n':
      return 'next';
    case 'b':
      return 'back';
    default:
      return null;
  }
}
