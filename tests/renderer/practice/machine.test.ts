import { describe, expect, it } from 'vitest';
import {
  initialPracticeState,
  isCapturing,
  practiceReducer,
  thinkRemainingMs,
  type FlowConfig,
  type PracticeEvent,
} from '#renderer/practice/machine.js';
import { config, phaseOf, run, startEv } from './machine-support.js';

describe('practice machine: the prompt', () => {
  it('starts idle', () => {
    expect(initialPracticeState().phase).toEqual({ name: 'idle', note: null });
  });

  it('reads the question first when speech is on', () => {
    const s = practiceReducer(initialPracticeState(), startEv(config()));
    expect(s.phase).toEqual({ name: 'prompting', run: 1 });
  });

  it('goes straight to think time when speech is off', () => {
    const s = practiceReducer(initialPracticeState(), startEv(config({ speak: false }), 500));
    expect(s.phase).toEqual({ name: 'thinking', endsAt: 30_500, now: 500 });
    expect(s.speechFailed).toBe(false);
  });

  it('after the reading, think time starts counting from the end of the reading', () => {
    const s = run([startEv(config()), { type: 'SPEECH_DONE', now: 7000, spoken: true }]);
    expect(s.phase).toEqual({ name: 'thinking', endsAt: 37_000, now: 7000 });
    expect(s.speechFailed).toBe(false);
  });

  it('a failed reading is noted quietly and the flow goes on', () => {
    const s = run([startEv(config()), { type: 'SPEECH_DONE', now: 100, spoken: false }]);
    expect(phaseOf(s)).toBe('thinking');
    expect(s.speechFailed).toBe(true);
  });

  it('skipping the reading starts think time at once', () => {
    const s = run([startEv(config()), { type: 'SKIP_PROMPT', now: 2000 }]);
    expect(s.phase).toEqual({ name: 'thinking', endsAt: 32_000, now: 2000 });
  });

  it('replay reads again with a new run number, from prompting, thinking or ready', () => {
    const prompting = run([startEv(config()), { type: 'REPLAY_PROMPT' }]);
    expect(prompting.phase).toEqual({ name: 'prompting', run: 2 });
    const thinking = run([startEv(config()), { type: 'SKIP_PROMPT', now: 0 }, { type: 'REPLAY_PROMPT' }]);
    expect(thinking.phase).toEqual({ name: 'prompting', run: 1 });
    const ready = run([startEv(config({ speak: false, thinkMs: 0, autoStart: false })), { type: 'REPLAY_PROMPT' }]);
    expect(ready.phase).toEqual({ name: 'prompting', run: 1 });
  });

  it('the user may answer before the reading ends', () => {
    expect(phaseOf(run([startEv(config()), { type: 'RECORD' }]))).toBe('starting');
  });

  it('a late SPEECH_DONE after skipping changes nothing', () => {
    const skipped = run([startEv(config()), { type: 'SKIP_PROMPT', now: 0 }]);
    expect(practiceReducer(skipped, { type: 'SPEECH_DONE', now: 5, spoken: false })).toBe(skipped);
  });
});

describe('practice machine: think time', () => {
  const thinking = (c: Partial<FlowConfig> = {}) => practiceReducer(initialPracticeState(), startEv(config({ speak: false, ...c }), 0));

  it('counts down on ticks', () => {
    const s = practiceReducer(thinking(), { type: 'TICK', now: 12_000 });
    expect(s.phase.name === 'thinking' && thinkRemainingMs(s.phase)).toBe(18_000);
  });

  it('starts recording when time is up and auto-start is on', () => {
    expect(phaseOf(practiceReducer(thinking(), { type: 'TICK', now: 30_000 }))).toBe('starting');
  });

  it('waits for Record when auto-start is off', () => {
    const ready = practiceReducer(thinking({ autoStart: false }), { type: 'TICK', now: 31_000 });
    expect(phaseOf(ready)).toBe('ready');
    expect(phaseOf(practiceReducer(ready, { type: 'RECORD' }))).toBe('starting');
  });

  it('"Start now" cuts think time short', () => {
    expect(phaseOf(practiceReducer(thinking(), { type: 'RECORD' }))).toBe('starting');
  });

  it('zero think time skips the countdown entirely', () => {
    expect(phaseOf(thinking({ thinkMs: 0 }))).toBe('starting');
    expect(phaseOf(thinking({ thinkMs: 0, autoStart: false }))).toBe('ready');
  });
});

describe('practice machine: recording and saving', () => {
  const recording = (c: Partial<FlowConfig> = {}) =>
    run([startEv(config({ speak: false, thinkMs: 0, ...c })), { type: 'RECORDING_STARTED', now: 10_000, recordingId: 'r1' }]);

  it('records once the microphone is open', () => {
    expect(recording().phase).toEqual({ name: 'recording', recordingId: 'r1', startedAt: 10_000, now: 10_000 });
  });

  it('a failed start shows the problem', () => {
    const s = run([startEv(config({ speak: false, thinkMs: 0 })), { type: 'START_FAILED', problem: { kind: 'permission_denied' } }]);
    expect(s.phase).toEqual({ name: 'failed', problem: { kind: 'permission_denied' } });
  });

  it('stop saves, with the elapsed time and the reason', () => {
    const s = practiceReducer(recording(), { type: 'STOP', now: 14_000 });
    expect(s.phase).toEqual({ name: 'saving', recordingId: 'r1', elapsedMs: 4000, stopReason: 'user' });
  });

  it('an unplugged microphone or a full disk stops and saves what there is', () => {
    for (const reason of ['mic_lost', 'disk_full', 'recorder_error'] as const) {
      const s = practiceReducer(recording(), { type: 'STOP', now: 12_000, reason });
      expect(s.phase).toMatchObject({ name: 'saving', stopReason: reason });
    }
  });

  it('the hard limit stops recording on a tick', () => {
    const r = recording({ hardLimitMs: 60_000 });
    const before = practiceReducer(r, { type: 'TICK', now: 69_999 });
    expect(phaseOf(before)).toBe('recording');
    const after = practiceReducer(before, { type: 'TICK', now: 70_000 });
    expect(after.phase).toEqual({ name: 'saving', recordingId: 'r1', elapsedMs: 60_000, stopReason: 'hard_limit' });
  });

  it('without a hard limit, ticks only move the clock', () => {
    const s = practiceReducer(recording(), { type: 'TICK', now: 999_000 });
    expect(s.phase).toMatchObject({ name: 'recording', now: 999_000 });
  });

  it('saved → reviewing that attempt, remembering why it stopped', () => {
    const saving = practiceReducer(recording(), { type: 'STOP', now: 11_000, reason: 'mic_lost' });
    const s = practiceReducer(saving, { type: 'SAVED', attemptId: 'a1' });
    expect(s.phase).toEqual({ name: 'reviewing', attemptId: 'a1', stopReason: 'mic_lost' });
  });

  it('a failed save is a problem to show', () => {
    const saving = practiceReducer(recording(), { type: 'STOP', now: 11_000 });
    const s = practiceReducer(saving, { type: 'FAILED', problem: { kind: 'save_failed', code: 'disk_full' } });
    expect(s.phase).toEqual({ name: 'failed', problem: { kind: 'save_failed', code: 'disk_full' } });
  });

  it('discard throws the take away and returns to idle with a note', () => {
    const discarding = practiceReducer(recording(), { type: 'DISCARD' });
    expect(discarding.phase).toEqual({ name: 'discarding', recordingId: 'r1' });
    expect(practiceReducer(discarding, { type: 'DISCARDED' }).phase).toEqual({ name: 'idle', note: 'discarded' });
    expect(phaseOf(practiceReducer(discarding, { type: 'FAILED', problem: { kind: 'discard_failed' } }))).toBe('failed');
  });

  it('knows which phases hold the microphone', () => {
    expect(isCapturing(recording().phase)).toBe(true);
    expect(isCapturing({ name: 'starting' })).toBe(true);
    expect(isCapturing({ name: 'reviewing', attemptId: 'a', stopReason: null })).toBe(false);
  });
});

describe('practice machine: review and retake', () => {
  const reviewing = () =>
    run([
      startEv(config({ speak: true })),
      { type: 'SPEECH_DONE', now: 0, spoken: false },
      { type: 'RECORD' },
      { type: 'RECORDING_STARTED', now: 0, recordingId: 'r1' },
      { type: 'STOP', now: 5000 },
      { type: 'SAVED', attemptId: 'a1' },
    ]);

  it('retake asks first; cancelling returns to the same review', () => {
    const asking = practiceReducer(reviewing(), { type: 'RETAKE' });
    expect(asking.phase).toEqual({ name: 'confirmingRetake', attemptId: 'a1', stopReason: 'user' });
    expect(practiceReducer(asking, { type: 'RETAKE_CANCEL' }).phase).toEqual({ name: 'reviewing', attemptId: 'a1', stopReason: 'user' });
  });

  it('a confirmed retake starts a fresh take and clears the speech note', () => {
    const asking = practiceReducer(reviewing(), { type: 'RETAKE' });
    expect(asking.speechFailed).toBe(true);
    const s = practiceReducer(asking, { type: 'RETAKE_CONFIRMED', now: 0 });
    expect(s.phase).toEqual({ name: 'prompting', run: 1 });
    expect(s.speechFailed).toBe(false);
  });

  it('a failed delete during retake is shown', () => {
    const asking = practiceReducer(reviewing(), { type: 'RETAKE' });
    expect(phaseOf(practiceReducer(asking, { type: 'FAILED', problem: { kind: 'delete_failed' } }))).toBe('failed');
  });

  it('an earlier take can be opened before recording starts, and not while recording', () => {
    const opened = practiceReducer(initialPracticeState(), { type: 'OPEN_ATTEMPT', attemptId: 'old' });
    expect(opened.phase).toEqual({ name: 'reviewing', attemptId: 'old', stopReason: null });
    const thinking = run([startEv(config({ speak: false }))]);
    expect(practiceReducer(thinking, { type: 'OPEN_ATTEMPT', attemptId: 'old' }).phase).toEqual(opened.phase);
    const starting = run([startEv(config({ speak: false, thinkMs: 0 }))]);
    expect(practiceReducer(starting, { type: 'OPEN_ATTEMPT', attemptId: 'old' })).toBe(starting);
    const rec = run([startEv(config({ speak: false, thinkMs: 0 })), { type: 'RECORDING_STARTED', now: 0, recordingId: 'r' }]);
    expect(practiceReducer(rec, { type: 'OPEN_ATTEMPT', attemptId: 'old' })).toBe(rec);
  });

  it('from a problem, Try again starts a new take', () => {
    const failed = run([startEv(config({ speak: false, thinkMs: 0 })), { type: 'START_FAILED', problem: { kind: 'no_microphone' } }]);
    expect(phaseOf(practiceReducer(failed, startEv(config({ speak: false }))))).toBe('thinking');
    expect(practiceReducer(failed, { type: 'RESET' }).phase).toEqual({ name: 'idle', note: null });
  });
});

describe('practice machine: events out of place change nothing', () => {
  const samples: PracticeEvent[] = [
    { type: 'TICK', now: 1 },
    { type: 'STOP', now: 1 },
    { type: 'SAVED', attemptId: 'x' },
    { type: 'DISCARDED' },
    { type: 'SPEECH_DONE', now: 1, spoken: true },
    { type: 'RECORDING_STARTED', now: 1, recordingId: 'x' },
    { type: 'RETAKE_CONFIRMED', now: 1 },
  ];
  it('idle ignores everything but START and OPEN_ATTEMPT', () => {
    const idle = initialPracticeState();
    for (const e of samples) expect(practiceReducer(idle, e)).toBe(idle);
  });

  it('saving ignores a second STOP and user clicks', () => {
    const saving = run([
      startEv(config({ speak: false, thinkMs: 0 })),
      { type: 'RECORDING_STARTED', now: 0, recordingId: 'r' },
      { type: 'STOP', now: 1 },
    ]);
    for (const e of [
      { type: 'STOP', now: 2 },
      { type: 'RECORD' },
      { type: 'DISCARD' },
      { type: 'START', now: 1, config: config() },
    ] as PracticeEvent[]) {
      expect(practiceReducer(saving, e)).toBe(saving);
    }
  });

  it('starting ignores a second RECORD and a STOP (nothing is recording yet)', () => {
    const starting = run([startEv(config({ speak: false, thinkMs: 0 }))]);
    expect(practiceReducer(starting, { type: 'RECORD' })).toBe(starting);
    expect(practiceReducer(starting, { type: 'STOP', now: 0 })).toBe(starting);
  });
});
