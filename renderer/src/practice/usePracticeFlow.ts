import { useCallback, useEffect, useReducer, useRef, useState } from 'react';
import type { Attempt, FollowUpLink, StarMarks } from '#shared/schemas/attempt.js';
import type { Settings } from '#shared/schemas/settings.js';
import type { StudioClient } from '#renderer/api/client.js';
import { classifyStartError, problemFromSaveError } from '#renderer/recording/index.js';
import { startRecordingSession, type RecordingSession } from '#renderer/recording/index.js';
import type { LevelProbe } from '#renderer/lib/audioLevel.js';
import { browserSynth, speakPrompt } from '#renderer/speech/index.js';
import { initialPracticeState, practiceReducer, type FlowConfig, type StopReason } from './machine.js';
import { tickUntil } from './tickUntil.js';

/** How long until a countdown of `remainingMs`, shown in whole seconds rounded up, shows the next one. */
export const msUntilNextSecond = (remainingMs: number): number => (remainingMs <= 0 ? 0 : remainingMs % 1000 || 1000);

export const flowConfigFrom = (settings: Settings): FlowConfig => ({
  thinkMs: settings.thinkSeconds * 1000,
  autoStart: settings.autoStartRecording,
  hardLimitMs: settings.hardLimitSeconds === null ? null : settings.hardLimitSeconds * 1000,
  speak: settings.speakPrompts,
});

type Options = {
  client: StudioClient;
  questionId: string;
  questionText: string;
  /** The question's follow-ups: a follow-up take reads its follow-up aloud instead of the question. */
  followUps?: readonly string[];
  settings: Settings;
  /** Told when attempts were deleted or saved in the background, so lists can refresh. */
  onAttemptsChanged(): void;
  /** Told about the attempt a take produced, before the review opens on it. */
  onAttemptSaved(attempt: Attempt): void;
  /** Set for a mock interview: each recording (and so its attempt) carries the session's id. */
  sessionId?: string;
  now?: () => number;
};

/**
 * The client the recorder is given, with the mock interview's session and the follow-up link added
 * to `recordings:begin`; the recorder itself needs to know nothing of either.
 */
function forTake(client: StudioClient, sessionId: string | undefined, followUpOf: FollowUpLink | null): Pick<StudioClient, 'recordings'> {
  if (sessionId === undefined && followUpOf === null) return client;
  const tags = { ...(sessionId === undefined ? {} : { sessionId }), ...(followUpOf === null ? {} : { followUpOf }) };
  return { recordings: { ...client.recordings, begin: (request) => client.recordings.begin({ ...request, ...tags }) } };
}

/**
 * Runs the practice machine: turns phases into side effects (speech, timers, the recorder, saving)
 * and their outcomes back into events. Each effect is keyed on the phase it serves, so a late
 * answer from an abandoned phase is dropped instead of moving the flow.
 */
export function usePracticeFlow(options: Options) {
  const { client, questionId, now = Date.now } = options;
  const [state, dispatch] = useReducer(practiceReducer, flowConfigFrom(options.settings), initialPracticeState);
  const session = useRef<RecordingSession | null>(null);
  const [level, setLevel] = useState<LevelProbe | null>(null);
  const { phase } = state;
  // Callbacks and settings read by effects at the moment they act, without restarting them.
  const latest = useRef(options);
  latest.current = options;
  const takeMarks = useRef(state.takeMarks);
  takeMarks.current = state.takeMarks;
  const followUp = useRef(state.followUp);
  followUp.current = state.followUp;

  // Reading the question aloud; a new run (replay) cancels the reading before it.
  const promptRun = phase.name === 'prompting' ? phase.run : 0;
  useEffect(() => {
    if (promptRun === 0) return;
    const { settings: s, questionText, followUps } = latest.current;
    const asked = followUp.current;
    const text = (asked && followUps?.[asked.followUpIndex]) || questionText;
    const reading = speakPrompt(text, { synth: browserSynth(), voiceURI: s.voiceURI, rate: s.speechRate });
    let current = true;
    void reading.done.then((outcome) => {
      if (current) dispatch({ type: 'SPEECH_DONE', now: now(), spoken: outcome === 'spoken' || outcome === 'cancelled' });
    });
    return () => {
      current = false;
      reading.cancel();
    };
  }, [promptRun, now]);

  // The answer timer and the hard limit. The timer shows whole seconds, so the screen wakes when the
  // shown second changes (or at the hard limit, if that comes first), not five times a second.
  const recordingSince = phase.name === 'recording' ? phase.startedAt : null;
  const hardLimitMs = state.config.hardLimitMs;
  useEffect(() => {
    if (recordingSince === null) return;
    return tickUntil(
      () => {
        const elapsed = Math.max(0, now() - recordingSince);
        const toLimit = hardLimitMs === null ? Infinity : hardLimitMs - elapsed;
        return Math.min(msUntilNextSecond(1000 - (elapsed % 1000)), toLimit);
      },
      () => {
        dispatch({ type: 'TICK', now: now() });
        return true;
      },
    );
  }, [recordingSince, hardLimitMs, now]);

  // The think countdown shows whole seconds, so it wakes only when the shown second changes: five
  // renders a second of a screen that looks the same would cost a laptop's battery for nothing.
  const thinkEndsAt = phase.name === 'thinking' ? phase.endsAt : null;
  useEffect(() => {
    if (thinkEndsAt === null) return;
    return tickUntil(
      () => msUntilNextSecond(thinkEndsAt - now()),
      () => {
        dispatch({ type: 'TICK', now: now() });
        return now() < thinkEndsAt;
      },
    );
  }, [thinkEndsAt, now]);

  // Starting: open the microphone and a recording in main.
  useEffect(() => {
    if (phase.name !== 'starting') return;
    let current = true;
    startRecordingSession({
      client: forTake(client, latest.current.sessionId, followUp.current),
      questionId,
      deviceId: latest.current.settings.microphoneId,
      onInterrupted: (reason: StopReason) => dispatch({ type: 'STOP', now: now(), reason }),
    }).then(
      (started) => {
        if (!current) {
          // The screen went away while the microphone was opening: nothing was said yet.
          void started.discard().catch(() => {});
          return;
        }
        session.current = started;
        setLevel(started.level);
        dispatch({ type: 'RECORDING_STARTED', now: now(), recordingId: started.recordingId });
      },
      (error: unknown) => current && dispatch({ type: 'START_FAILED', problem: classifyStartError(error) }),
    );
    return () => {
      current = false;
    };
  }, [phase.name, client, questionId, now]);

  // Saving or discarding: both end the session, whichever way the recording stopped.
  useEffect(() => {
    if (phase.name !== 'saving' && phase.name !== 'discarding') return;
    const active = session.current;
    session.current = null;
    setLevel(null);
    if (!active) return;
    if (phase.name === 'saving') {
      active
        .finish()
        .then((finished) => withTakeMarks(client, finished, takeMarks.current))
        .then(
          (attempt: Attempt) => {
            latest.current.onAttemptSaved(attempt);
            dispatch({ type: 'SAVED', attemptId: attempt.id });
          },
          (error: unknown) => dispatch({ type: 'FAILED', problem: problemFromSaveError(error) }),
        );
    } else {
      active.discard().then(
        () => dispatch({ type: 'DISCARDED' }),
        (error: unknown) => dispatch({ type: 'FAILED', problem: { ...problemFromSaveError(error), kind: 'discard_failed' } }),
      );
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps -- acts on entering a phase; the client is stable for the app's life
  }, [phase.name]);

  // Leaving the screen mid-answer keeps what was said: it becomes an attempt like any other.
  useEffect(
    () => () => {
      const active = session.current;
      session.current = null;
      if (active) {
        const marks = takeMarks.current;
        void active
          .finish()
          .then((finished) => withTakeMarks(client, finished, marks))
          .then(
            () => latest.current.onAttemptsChanged(),
            () => {},
          );
      }
    },
    // eslint-disable-next-line react-hooks/exhaustive-deps -- runs only on leaving; the client is stable for the app's life
    [],
  );

  const start = useCallback(() => dispatch({ type: 'START', now: now(), config: flowConfigFrom(latest.current.settings) }), [now]);

  const confirmRetake = useCallback(
    async (keepEarlier: boolean) => {
      if (state.phase.name !== 'confirmingRetake') return;
      if (!keepEarlier) {
        try {
          await client.attempts.delete({ attemptId: state.phase.attemptId });
          latest.current.onAttemptsChanged();
        } catch (error) {
          dispatch({ type: 'FAILED', problem: { ...problemFromSaveError(error), kind: 'delete_failed' } });
          return;
        }
      }
      dispatch({ type: 'RETAKE_CONFIRMED', now: now() });
    },
    [client, state.phase, now],
  );

  return { state, dispatch, level, start, confirmRetake, now };
}

/**
 * Saves the STAR marks made while recording with the attempt the take became. The take itself is
 * already safe; if the marks cannot be saved the attempt is used without them (they can be set again
 * on replay) rather than reporting the take as lost.
 */
async function withTakeMarks(client: StudioClient, attempt: Attempt, marks: StarMarks): Promise<Attempt> {
  if (Object.values(marks).every((at) => at === null)) return attempt;
  try {
    return await client.attempts.starMarks({ attemptId: attempt.id, starMarks: marks });
  } catch {
    return attempt;
  }
}
