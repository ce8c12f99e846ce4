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
 */
export function WhatNext({ onRetake, next, backLabel, onBack, onFollowUp }: Props) {
  return (
    <nav className="what-next what-next--sticky" aria-label="What next">
      <h3 className="what-next__title">What next?</h3>
      <button type="button" className="button" onClick={onRetake} aria-keyshortcuts="T">
        Retake now<kbd aria-hidden="true">T</kbd>
      </button>
      {onFollowUp && (
        <button type="button" className="button" onClick={onFollowUp} aria-keyshortcuts="F">
          Answer a follow-up<kbd aria-hidden="true">F</kbd>
        </button>
      )}
      {next && (
        <button type="button" className="button button--primary" onClick={next.go} aria-keyshortcuts="N">
          {next.label}
          <kbd aria-hidden="true">N</kbd>
        </button>
      )}
      <button type="button" className="button button--quiet" onClick={onBack} aria-keyshortcuts="B">
        {backLabel}
        <kbd aria-hidden="true">B</kbd>
      </button>
    </nav>
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
