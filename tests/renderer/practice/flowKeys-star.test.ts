import { describe, expect, it } from 'vitest';
import { flowKey } from '#renderer/practice/flowKeys.js';
import { initialPracticeState, practiceReducer, type PracticeState } from '#renderer/practice/machine.js';
import { starApplies } from '#shared/content/answer-type.js';

const config = { thinkMs: 0, autoStart: true, hardLimitMs: 60_000, speak: false };

function recording(): PracticeState {
  const s = practiceReducer(initialPracticeState(config), { type: 'START', now: 0, config });
  return practiceReducer(s, { type: 'RECORDING_STARTED', now: 1_000, recordingId: 'r1' });
}

const shiftA = { key: 'A', shiftKey: true } as KeyboardEvent;

describe('STAR marking only where STAR fits the question', () => {
  it('marks a part with Shift+A while recording a behavioral answer, and not otherwise', () => {
    expect(flowKey(shiftA, recording(), 5_000)).toEqual({ type: 'MARK_STAR', part: 'action', now: 5_000 });
    expect(flowKey(shiftA, recording(), 5_000, false)).toBeNull();
  });

  it('fits behavioral questions, and custom ones without an answer type that are judged on STAR', () => {
    expect(starApplies({ answerType: 'behavioral', criteriaIds: ['star'] })).toBe(true);
    expect(starApplies({ answerType: 'situational', criteriaIds: ['empathy'] })).toBe(false);
    expect(starApplies({ answerType: 'general', criteriaIds: ['star'] })).toBe(false);
    expect(starApplies({ criteriaIds: ['star', 'empathy'] })).toBe(true);
    expect(starApplies({ criteriaIds: ['empathy'] })).toBe(false);
  });
});
