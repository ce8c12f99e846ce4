// @vitest-environment happy-dom
import { act } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_SETTINGS } from '#shared/schemas/settings.js';
import type { StudioClient } from '#renderer/api/client.js';
import { useMountedRoot } from '#tests/support/mount.js';

// The recorder is replaced: this test is about what happens to marks made while recording.
const session = vi.hoisted(() => ({
  finish: vi.fn(async () => ({ id: 'attempt-1', starMarks: { situation: null, task: null, action: null, result: null } })),
}));
vi.mock('#renderer/recording/recordingSession.js', () => ({
  startRecordingSession: async () => ({
    recordingId: 'rec-1',
    level: { read: () => 0, close: async () => {} },
    finish: session.finish,
    discard: async () => {},
  }),
}));

const { usePracticeFlow } = await import('#renderer/practice/usePracticeFlow.js');

const mounted = useMountedRoot();
let flow: ReturnType<typeof usePracticeFlow>;
let clock = 0;
const saved = vi.fn();
const starMarks = vi.fn(async ({ attemptId, starMarks: marks }: { attemptId: string; starMarks: object }) => ({
  id: attemptId,
  starMarks: marks,
}));
const client = { attempts: { starMarks } } as unknown as StudioClient;

function Harness() {
  flow = usePracticeFlow({
    client,
    questionId: 'q1',
    questionText: 'Tell me about a time you helped a patient.',
    settings: { ...DEFAULT_SETTINGS, speakPrompts: false, thinkSeconds: 0 },
    onAttemptsChanged: () => {},
    onAttemptSaved: saved,
    now: () => clock,
  });
  return null;
}

const settle = () => act(async () => void (await new Promise((r) => setTimeout(r, 0))));

beforeEach(async () => {
  clock = 1000;
  await mounted.render(<Harness />);
  act(() => flow.start());
  await settle();
  expect(flow.state.phase.name).toBe('recording');
});
afterEach(() => {
  vi.clearAllMocks();
});

describe('STAR marks made while recording', () => {
  it('are saved with the attempt the take becomes, before the review opens on it', async () => {
    clock = 3000;
    act(() => flow.dispatch({ type: 'MARK_STAR', part: 'situation', now: clock }));
    clock = 9000;
    act(() => flow.dispatch({ type: 'MARK_STAR', part: 'result', now: clock }));
    act(() => flow.dispatch({ type: 'STOP', now: 12_000 }));
    await settle();
    expect(starMarks).toHaveBeenCalledWith({
      attemptId: 'attempt-1',
      starMarks: { situation: 2000, task: null, action: null, result: 8000 },
    });
    expect(saved).toHaveBeenCalledWith({ id: 'attempt-1', starMarks: { situation: 2000, task: null, action: null, result: 8000 } });
    expect(flow.state.phase).toMatchObject({ name: 'reviewing', attemptId: 'attempt-1' });
  });

  it('cost nothing when none were made, and a failure to save them does not lose the take', async () => {
    act(() => flow.dispatch({ type: 'STOP', now: 5000 }));
    await settle();
    expect(starMarks).not.toHaveBeenCalled();

    act(() => flow.start());
    await settle();
    starMarks.mockRejectedValueOnce(new Error('disk full'));
    act(() => flow.dispatch({ type: 'MARK_STAR', part: 'task', now: clock + 500 }));
    act(() => flow.dispatch({ type: 'STOP', now: clock + 1000 }));
    await settle();
    expect(flow.state.phase).toMatchObject({ name: 'reviewing', attemptId: 'attempt-1' });
  });
});
