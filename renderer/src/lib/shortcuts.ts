import { useEffect, useRef } from 'react';

/** The keys the app answers to, listed once so the help panel and the handlers agree. */
export const SHORTCUTS: ReadonlyArray<{ keys: string[]; action: string }> = [
  { keys: ['R'], action: 'Start the question you opened; start recording (also skips the rest of the think time), or stop it' },
  { keys: ['Space'], action: 'Start or stop recording; play or pause when replaying' },
  { keys: ['S'], action: 'Skip reading the question aloud' },
  { keys: ['P'], action: 'Play or pause the replay' },
  { keys: ['←', '→'], action: 'On the waveform: back or forward 5 seconds' },
  { keys: ['Home', 'End'], action: 'On the waveform: go to the start or the end' },
  { keys: ['1', '…', '9'], action: 'Change the mark of checklist item 1 to 9 (met, partly, not met, none)' },
  {
    keys: ['Shift', 'S T A R'],
    action:
      'Shift with S, T, A or R: mark where the Situation, Task, Action or Result begins (while recording, at this moment; when replaying, at the playhead)',
  },
  { keys: ['T'], action: 'After a review: retake this question now' },
  { keys: ['F'], action: 'After a review: answer a follow-up question' },
  { keys: ['N'], action: 'After a review: go to the next question (the next due one when there is one)' },
  { keys: ['B'], action: 'After a review: back to the list' },
  { keys: ['1', '…', '5'], action: 'When asked to rate before moving on: give the rating (S skips)' },
  { keys: ['/'], action: 'On the question list: search the questions' },
  { keys: ['?'], action: 'Show this list' },
  { keys: ['Esc'], action: 'Close a dialog' },
];

const TEXT_INPUT_TYPES = new Set(['text', 'search', 'number', 'email', 'url', 'tel', 'password']);

/** True when a key press belongs to what has focus (typing a note, choosing from a list). */
export function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable || target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  return target instanceof HTMLInputElement && TEXT_INPUT_TYPES.has(target.type);
}

/** Space activates whatever button or box has focus; the shortcut takes it only elsewhere. */
export function spaceBelongsToTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.closest('button, a[href], input, [role="slider"], [role="radio"], [role="checkbox"], summary') !== null;
}

export type KeyHandler = (event: KeyboardEvent) => boolean | void;

/**
 * Listens for single-key shortcuts on the window. The handler returns true when it used the key,
 * which then does nothing else. Keys with Ctrl/Alt/Meta, keys typed into fields and keys pressed
 * while a modal dialog is open are left alone.
 */
export function useShortcuts(handler: KeyHandler, enabled = true) {
  const latest = useRef(handler);
  latest.current = handler;
  useEffect(() => {
    if (!enabled) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.ctrlKey || event.altKey || event.metaKey || event.repeat) return;
      if (isTypingTarget(event.target)) return;
      if (document.querySelector('dialog[open]')) return;
      if (event.key === ' ' && spaceBelongsToTarget(event.target)) return;
      if (latest.current(event) === true) event.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [enabled]);
}
