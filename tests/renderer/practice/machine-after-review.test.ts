import { describe, expect, it } from 'vitest';
import { initialPracticeState, practiceReducer, type PracticeEvent } from '#renderer/practice/machine.js';
import { config, phaseOf, run, startEv } from './machine-support.js';

// The states a take can go on to after its review: a follow-up, a resumed mock interview, deletion.
describe('practice machine: follow-up questions', () => {
  const link = { parentAttemptId: 'a1', followUpIndex: 1 };
  const reviewing = () =>
    run([
      startEv(config({ speak: false, thinkMs: 0 })),
      { type: 'RECORDING_STARTED', now: 0, recordingId: 'r1' },
      { type: 'STOP', now: 5000 },
      { type: 'SAVED', attemptId: 'a1' },
    ]);

  it('from a review, a follow-up gets its own prompt and think time, and the take carries the link', () => {
    const asked = practiceReducer(reviewing(), { type: 'FOLLOW_UP', now: 10_000, link });
    expect(asked.phase).toEqual({ name: 'starting' }); // think time 0 and auto-start: straight to recording
    expect(asked.followUp).toEqual(link);
    const withThinking = practiceReducer({ ...reviewing(), config: config({ speak: true }) }, { type: 'FOLLOW_UP', now: 0, link });
    expect(withThinking.phase).toEqual({ name: 'prompting', run: 1 });
    const thinking = practiceReducer(withThinking, { type: 'SPEECH_DONE', now: 2000, spoken: true });
    expect(thinking.phase).toEqual({ name: 'thinking', endsAt: 32_000, now: 2000 });
    expect(thinking.followUp).toEqual(link);
  });

  it('the follow-up answer is reviewed as itself, still linked; a retake of it stays a follow-up', () => {
    const saved = run(
      [
        { type: 'RECORDING_STARTED', now: 0, recordingId: 'r2' },
        { type: 'STOP', now: 3000 },
        { type: 'SAVED', attemptId: 'a2' },
      ],
      practiceReducer(reviewing(), { type: 'FOLLOW_UP', now: 0, link }),
    );
    expect(saved.phase).toEqual({ name: 'reviewing', attemptId: 'a2', stopReason: 'user' });
    expect(saved.followUp).toEqual(link);
    const retaken = practiceReducer(practiceReducer(saved, { type: 'RETAKE' }), { type: 'RETAKE_CONFIRMED', now: 0 });
    expect(phaseOf(retaken)).toBe('starting');
    expect(retaken.followUp).toEqual(link);
  });

  it('starting the question again, or opening an earlier take, leaves the follow-up', () => {
    const asked = practiceReducer(reviewing(), { type: 'FOLLOW_UP', now: 0, link });
    const saved = run(
      [
        { type: 'RECORDING_STARTED', now: 0, recordingId: 'r2' },
        { type: 'STOP', now: 1 },
        { type: 'SAVED', attemptId: 'a2' },
      ],
      asked,
    );
    expect(practiceReducer(saved, startEv(config())).followUp).toBeNull();
    expect(practiceReducer(saved, { type: 'OPEN_ATTEMPT', attemptId: 'a1' }).followUp).toBeNull();
  });

  it('is offered only from a review: while recording or thinking it changes nothing', () => {
    const thinking = run([startEv(config({ speak: false }))]);
    expect(practiceReducer(thinking, { type: 'FOLLOW_UP', now: 0, link })).toBe(thinking);
    const rec = run([startEv(config({ speak: false, thinkMs: 0 })), { type: 'RECORDING_STARTED', now: 0, recordingId: 'r' }]);
    expect(practiceReducer(rec, { type: 'FOLLOW_UP', now: 0, link })).toBe(rec);
    expect(practiceReducer(initialPracticeState(), { type: 'FOLLOW_UP', now: 0, link })).toEqual(initialPracticeState());
  });
});

describe('practice machine: resuming an interrupted mock interview', () => {
  it('a resumed question waits, idle with a note, for Start; nothing records on its own', () => {
    const resumed = practiceReducer(initialPracticeState(), { type: 'RESUMED' });
    expect(resumed.phase).toEqual({ name: 'idle', note: 'resumed' });
    for (const e of [{ type: 'TICK', now: 99_999 }, { type: 'RECORD' }, { type: 'STOP', now: 1 }] as PracticeEvent[]) {
      expect(practiceReducer(resumed, e)).toBe(resumed);
    }
    expect(practiceReducer(resumed, startEv(config({ speak: false }), 100)).phase).toEqual({ name: 'thinking', endsAt: 30_100, now: 100 });
  });

  it('only a question not yet started can be marked resumed', () => {
    const thinking = run([startEv(config({ speak: false }))]);
    expect(practiceReducer(thinking, { type: 'RESUMED' })).toBe(thinking);
  });
});

describe('practice machine: deleting the take under review', () => {
  it('goes back to the question, idle, and forgets a follow-up link', () => {
    const reviewing = run([
      startEv(config({ speak: false, thinkMs: 0 })),
      { type: 'RECORDING_STARTED', now: 0, recordingId: 'r1' },
      { type: 'STOP', now: 5000 },
      { type: 'SAVED', attemptId: 'a1' },
      { type: 'FOLLOW_UP', now: 6000, link: { parentAttemptId: 'a1', followUpIndex: 0 } },
      { type: 'RECORDING_STARTED', now: 7000, recordingId: 'r2' },
      { type: 'STOP', now: 9000 },
      { type: 'SAVED', attemptId: 'a2' },
    ]);
    expect(reviewing.followUp).not.toBeNull();
    const reset = practiceReducer(reviewing, { type: 'RESET' });
    expect(reset.phase).toEqual({ name: 'idle', note: null });
    expect(reset.followUp).toBeNull();
  });
});
