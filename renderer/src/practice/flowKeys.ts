import { starPartForKey } from '#renderer/star/index.js';
import type { PracticeEvent, PracticeState } from './machine.js';

/** The keys of the practice flow; replay and checklist keys belong to their own components. */
export function flowKey(event: KeyboardEvent, state: PracticeState, now: number, starMarking = true): PracticeEvent | null {
  const { name } = state.phase;
  const { key } = event;
  // Shift+S/T/A/R mark STAR parts while recording (on replay, the review's own keys handle them).
  // Only where STAR fits the question (behavioral ones); elsewhere the keys do nothing.
  const part = starMarking ? starPartForKey(event) : null;
  if (part) return name === 'recording' ? { type: 'MARK_STAR', part, now } : null;
  if (key === 'r' || key === 'R' || key === ' ') {
    // A question opened and read: the same key that records starts its take (reading, think time).
    if (name === 'idle') return { type: 'START', now, config: state.config };
    if (name === 'prompting' || name === 'thinking' || name === 'ready') return { type: 'RECORD' };
    if (name === 'recording') return { type: 'STOP', now };
  }
  if ((key === 's' || key === 'S') && name === 'prompting') return { type: 'SKIP_PROMPT', now };
  return null;
}
