// @vitest-environment happy-dom
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_SETTINGS, type Settings } from '#shared/schemas/settings.js';
import type { StudioClient } from '#renderer/api/client.js';
import { thinkRemainingMs, type PracticeState } from '#renderer/practice/machine.js';

// The recorder is replaced: this test is about the flow's timing, not about capturing audio.
const session = vi.hoisted(() => ({
  start: vi.fn(),
  finish: vi.fn(async () => ({ id: 'attempt-1' })),
  discard: vi.fn(async () => {}),
}));
vi.mock('#renderer/recording/recordingSession.js', () => ({
  startRecordingSession: session.start,
}));

const { usePracticeFlow } = await import('#renderer/practice/usePracticeFlow.js');

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let root: Root;
let flow: ReturnType<typeof usePracticeFlow>;
const saved = vi.fn();

function Harness({ settings }: { settings: Settings }) {
  flow = usePracticeFlow({
    client: {} as StudioClient,
    questionId: 'q1',
    questionText: 'Tell me about a time you helped a patient.',
    settings,
    onAttemptsChanged: () => {},
    onAttemptSaved: saved,
  });
  return null;
}

const phase = (): PracticeState['phase'] => flow.state.phase;
const advance = (ms: number) => act(async () => void (await vi.advanceTimersByTimeAsync(ms)));

beforeEach(() => {
  vi.useFakeTimers();
  session.start.mockImplementation(async () => ({
    recordingId: 'rec-1',
    level: { read: () => 0, close: async () => {} },
    finish: session.finish,
    discard: session.discard,
  }));
  root = createRoot(document.createElement('div'));
});
afterEach(() => {
  act(() => root.unmount());
  vi.useRealTimers();
  vi.clearAllMocks();
});

function mount(patch: Partial<Settings>) {
  act(() => root.render(<Harness settings={{ ...DEFAULT_SETTINGS, speakPrompts: false, ...patch }} />));
  act(() => flow.start());
}

/** Three seconds in 100 ms steps: the distinct states the flow went through, and the second shown at each step. */
async function watchThreeSeconds(shown: () => number | null) {
  const states = new Set<unknown>();
  const seen: (number | null)[] = [];
  for (let ms = 0; ms < 3000; ms += 100) {
    await advance(100);
    states.add(phase());
    seen.push(shown());
  }
  return { states, seen };
}

describe('usePracticeFlow with a fake clock', () => {
  it('think time runs out on the clock, then recording starts by itself', async () => {
    mount({ thinkSeconds: 3, autoStartRecording: true });
    expect(phase().name).toBe('thinking');
    await advance(2800);
    expect(phase().name).toBe('thinking');
    expect(session.start).not.toHaveBeenCalled();
    await advance(400);
    expect(session.start).toHaveBeenCalledWith(expect.objectContaining({ questionId: 'q1', deviceId: null }));
    expect(phase()).toMatchObject({ name: 'recording', recordingId: 'rec-1' });
  });

  it('during think time wakes only when the shown second changes, and shows each second on time', async () => {
    mount({ thinkSeconds: 5, autoStartRecording: false });
    const shown = () => {
      const p = phase();
      return p.name === 'thinking' ? Math.ceil(thinkRemainingMs(p) / 1000) : null;
    };
    const { states, seen } = await watchThreeSeconds(shown);
    // The first, then one update a second (as the shown second changes), not five a second.
    expect(states.size).toBe(4);
    expect(seen.slice(8, 11)).toEqual([5, 4, 4]); // 900 ms in: still 5; at 1 s: 4
    expect(seen.at(-1)).toBe(2);
  });

  it('while recording wakes only when the answer timer’s second changes, and shows each second on time', async () => {
    mount({ thinkSeconds: 0 });
    await advance(0);
    const shown = () => {
      const p = phase();
      return p.name === 'recording' ? Math.floor((p.now - p.startedAt) / 1000) : null;
    };
    const { states, seen } = await watchThreeSeconds(shown);
    // The first, then one update a second (as the shown second changes), not five a second.
    expect(states.size).toBe(4);
    expect(seen.slice(8, 11)).toEqual([0, 1, 1]); // 900 ms in: still 0:00; at 1 s: 0:01
    expect(seen.at(-1)).toBe(3);
  });

  it('the hard limit stops and saves on its own, and the review opens on the new attempt', async () => {
    mount({ thinkSeconds: 0, hardLimitSeconds: 10 });
    await advance(0);
    expect(phase().name).toBe('recording');
    await advance(9800);
    expect(phase().name).toBe('recording');
    await advance(400);
    expect(session.finish).toHaveBeenCalledTimes(1);
    expect(saved).toHaveBeenCalledWith({ id: 'attempt-1' });
    expect(phase()).toEqual({ name: 'reviewing', attemptId: 'attempt-1', stopReason: 'hard_limit' });
  });

  it('an interruption from the recorder (unplugged microphone) saves with its reason', async () => {
    mount({ thinkSeconds: 0 });
    await advance(0);
    const { onInterrupted } = session.start.mock.calls[0]![0] as { onInterrupted(reason: string): void };
    await act(async () => onInterrupted('mic_lost'));
    await advance(0);
    expect(session.finish).toHaveBeenCalledTimes(1);
    expect(phase()).toMatchObject({ name: 'reviewing', stopReason: 'mic_lost' });
  });

  it('leaving mid-answer keeps the take', async () => {
    mount({ thinkSeconds: 0 });
    await advance(0);
    act(() => root.unmount());
    root = createRoot(document.createElement('div'));
    await advance(0);
    expect(session.finish).toHaveBeenCalledTimes(1);
    expect(session.discard).not.toHaveBeenCalled();
  });

  it('a refused microphone becomes a problem to show', async () => {
    session.start.mockRejectedValueOnce(new DOMException('denied', 'NotAllowedError'));
    mount({ thinkSeconds: 0 });
    await advance(0);
    expect(phase()).toMatchObject({ name: 'failed', problem: { kind: 'permission_denied' } });
  });
});
