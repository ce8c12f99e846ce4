import { describe, expect, it } from 'vitest';
import { initialPracticeState, practiceReducer, type PracticeEvent, type PracticeState } from '#renderer/practice/machine.js';
import { EMPTY_STAR_MARKS } from '#shared/schemas/attempt.js';

const config = { thinkMs: 0, autoStart: true, hardLimitMs: 60_000, speak: false };

function recording(startedAt = 10_000): PracticeState {
  let s = practiceReducer(initialPracticeState(config), { type: 'START', now: 0, config });
  s = practiceReducer(s, { type: 'RECORDING_STARTED', now: startedAt, recordingId: 'r1' });
  return s;
}

describe('practice machine: STAR marks while recording', () => {
  it('marks a part at the time since recording started; marking it again moves it', () => {
    let s = recording();
    s = practiceReducer(s, { type: 'MARK_STAR', part: 'situation', now: 10_400 });
    s = practiceReducer(s, { type: 'MARK_STAR', part: 'action', now: 25_000 });
    s = practiceReducer(s, { type: 'MARK_STAR', part: 'action', now: 26_250 });
    expect(s.takeMarks).toEqual({ situation: 400, task: null, action: 16_250, result: null });
    expect(s.phase.name).toBe('recording');
  });

  it('keeps the marks through stopping (by the user or the hard limit) to the review', () => {
    let s = practiceReducer(recording(), { type: 'MARK_STAR', part: 'result', now: 40_000 });
    const stopped = practiceReducer(s, { type: 'STOP', now: 45_000 });
    expect(stopped.takeMarks.result).toBe(30_000);
    s = practiceReducer(s, { type: 'TICK', now: 70_000 });
    expect(s.phase).toMatchObject({ name: 'saving', stopReason: 'hard_limit' });
    expect(practiceReducer(s, { type: 'SAVED', attemptId: 'a1' }).takeMarks.result).toBe(30_000);
  });

  it('ignores marks outside recording, and a new recording starts with none', () => {
    const idle = initialPracticeState(config);
    const mark: PracticeEvent = { type: 'MARK_STAR', part: 'task', now: 5 };
    expect(practiceReducer(idle, mark)).toBe(idle);
    let s = practiceReducer(recording(), { ...mark, now: 12_000 });
    s = practiceReducer(s, { type: 'STOP', now: 13_000 });
    expect(practiceReducer(s, mark)).toBe(s); // saving
    s = practiceReducer(s, { type: 'SAVED', attemptId: 'a1' });
    s = practiceReducer(s, { type: 'START', now: 20_000, config });
    s = practiceReducer(s, { type: 'RECORDING_STARTED', now: 21_000, recordingId: 'r2' });
    expect(s.takeMarks).toEqual(EMPTY_STAR_MARKS);
  });
});
