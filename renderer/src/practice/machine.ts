/**
 * The practice flow as one explicit state machine. Pure: time comes in on events (`now`, in ms),
 * side effects (speaking, recording, saving) are performed by the controller when it sees a phase
 * it must act on, and it reports back with events. An event that makes no sense in the current
 * phase returns the same state object, so stray clicks and late callbacks change nothing.
 */

import { EMPTY_STAR_MARKS, type FollowUpLink, type StarMarks } from '#shared/schemas/attempt.js';
import type { StarPart } from '#shared/analysis/star-timing.js';

/** Why a recording stopped; anything but 'user' is told to the user on the review screen. */
export type StopReason = 'user' | 'hard_limit' | 'mic_lost' | 'disk_full' | 'recorder_error';

export type ProblemKind =
  | 'permission_denied'
  | 'no_microphone'
  | 'microphone_busy'
  | 'recorder_failed'
  | 'begin_failed'
  | 'save_failed'
  | 'discard_failed'
  | 'delete_failed';

/** What went wrong, with the detail the UI needs to say it specifically. */
export type Problem = { kind: ProblemKind; detail?: string; code?: string | null };

export type FlowConfig = {
  thinkMs: number;
  autoStart: boolean;
  hardLimitMs: number | null;
  /** Whether to try reading the question aloud (setting on, speech available). */
  speak: boolean;
};

export type Phase =
  /** `resumed`: an interrupted mock interview was picked up again here, and waits for Start. */
  | { name: 'idle'; note: 'discarded' | 'resumed' | null }
  /** `run` counts readings, so "replay" can ask the controller to speak again. */
  | { name: 'prompting'; run: number }
  | { name: 'thinking'; endsAt: number; now: number }
  | { name: 'ready' }
  | { name: 'starting' }
  | { name: 'recording'; recordingId: string; startedAt: number; now: number }
  | { name: 'saving'; recordingId: string; elapsedMs: number; stopReason: StopReason }
  | { name: 'discarding'; recordingId: string }
  /** `stopReason` is null when the take was opened from the list rather than just recorded. */
  | { name: 'reviewing'; attemptId: string; stopReason: StopReason | null }
  | { name: 'confirmingRetake'; attemptId: string; stopReason: StopReason | null }
  | { name: 'failed'; problem: Problem };

export type PhaseName = Phase['name'];

export type PracticeState = {
  phase: Phase;
  config: FlowConfig;
  /** The question could not be read aloud this take; shown quietly until the next take. */
  speechFailed: boolean;
  /**
   * Where the user marked STAR parts while recording this take, in ms since recording started. The
   * attempt does not exist until the take is saved, so they wait here and are saved with it.
   */
  takeMarks: StarMarks;
  /**
   * Set while the take answers one of the question's follow-ups rather than the question itself:
   * the answer it follows and which follow-up. Its prompt is the follow-up, and its attempt is
   * stored linked to the parent.
   */
  followUp: FollowUpLink | null;
};

export type PracticeEvent =
  | { type: 'START'; now: number; config: FlowConfig }
  /** From a review: ask one of the question's follow-ups, with its own prompt, think time and take. */
  | { type: 'FOLLOW_UP'; now: number; link: FollowUpLink }
  /** A mock interview picked up again after an interruption: the question waits for Start. */
  | { type: 'RESUMED' }
  | { type: 'SPEECH_DONE'; now: number; spoken: boolean }
  | { type: 'SKIP_PROMPT'; now: number }
  | { type: 'REPLAY_PROMPT' }
  | { type: 'TICK'; now: number }
  | { type: 'RECORD' }
  | { type: 'RECORDING_STARTED'; now: number; recordingId: string }
  | { type: 'START_FAILED'; problem: Problem }
  | { type: 'STOP'; now: number; reason?: StopReason }
  | { type: 'MARK_STAR'; part: StarPart; now: number }
  | { type: 'DISCARD' }
  | { type: 'DISCARDED' }
  | { type: 'SAVED'; attemptId: string }
  | { type: 'FAILED'; problem: Problem }
  | { type: 'OPEN_ATTEMPT'; attemptId: string }
  | { type: 'RETAKE' }
  | { type: 'RETAKE_CANCEL' }
  | { type: 'RETAKE_CONFIRMED'; now: number }
  | { type: 'RESET' };

export const DEFAULT_FLOW: FlowConfig = { thinkMs: 30_000, autoStart: true, hardLimitMs: null, speak: true };

export const initialPracticeState = (config: FlowConfig = DEFAULT_FLOW): PracticeState => ({
  phase: { name: 'idle', note: null },
  config,
  speechFailed: false,
  takeMarks: EMPTY_STAR_MARKS,
  followUp: null,
});

/** Where the flow goes once the prompt has been read (or skipped). */
function afterPrompt(state: PracticeState, now: number, speechFailed: boolean): PracticeState {
  const phase: Phase =
    state.config.thinkMs > 0 ? { name: 'thinking', endsAt: now + state.config.thinkMs, now } : afterThinking(state.config);
  return { ...state, phase, speechFailed };
}

const afterThinking = (config: FlowConfig): Phase => (config.autoStart ? { name: 'starting' } : { name: 'ready' });

/** A new take: of the question itself unless a follow-up link is given (a retake keeps the link). */
function beginTake(state: PracticeState, now: number, config: FlowConfig, followUp: FollowUpLink | null = null): PracticeState {
  const fresh: PracticeState = { ...state, config, speechFailed: false, followUp };
  return config.speak ? { ...fresh, phase: { name: 'prompting', run: 1 } } : afterPrompt(fresh, now, false);
}

const elapsed = (phase: Extract<Phase, { name: 'recording' }>, now: number) => Math.max(0, now - phase.startedAt);

export function practiceReducer(state: PracticeState, event: PracticeEvent): PracticeState {
  const { phase } = state;
  const to = (next: Phase): PracticeState => ({ ...state, phase: next });

  // Looking at an earlier take is allowed whenever nothing is being recorded or saved; a take that
  // has not started recording yet is simply abandoned.
  if (event.type === 'OPEN_ATTEMPT') {
    return canOpenAttempt(phase) ? { ...to({ name: 'reviewing', attemptId: event.attemptId, stopReason: null }), followUp: null } : state;
  }

  switch (phase.name) {
    case 'idle':
      if (event.type === 'RESUMED') return to({ name: 'idle', note: 'resumed' });
      return event.type === 'START' ? beginTake(state, event.now, event.config) : state;

    case 'prompting':
      switch (event.type) {
        case 'SPEECH_DONE':
          return afterPrompt(state, event.now, !event.spoken);
        case 'SKIP_PROMPT':
          return afterPrompt(state, event.now, state.speechFailed);
        case 'REPLAY_PROMPT':
          return to({ name: 'prompting', run: phase.run + 1 });
        case 'RECORD':
          return to({ name: 'starting' });
        case 'RESET':
          return to({ name: 'idle', note: null });
        default:
          return state;
      }

    case 'thinking':
      switch (event.type) {
        case 'TICK':
          return event.now >= phase.endsAt ? to(afterThinking(state.config)) : to({ ...phase, now: event.now });
        case 'RECORD':
          return to({ name: 'starting' });
        case 'REPLAY_PROMPT':
          return to({ name: 'prompting', run: 1 });
        case 'RESET':
          return to({ name: 'idle', note: null });
        default:
          return state;
      }

    case 'ready':
      switch (event.type) {
        case 'RECORD':
          return to({ name: 'starting' });
        case 'REPLAY_PROMPT':
          return to({ name: 'prompting', run: 1 });
        case 'RESET':
          return to({ name: 'idle', note: null });
        default:
          return state;
      }

    case 'starting':
      switch (event.type) {
        case 'RECORDING_STARTED':
          return {
            ...to({ name: 'recording', recordingId: event.recordingId, startedAt: event.now, now: event.now }),
            takeMarks: EMPTY_STAR_MARKS,
          };
        case 'START_FAILED':
          return to({ name: 'failed', problem: event.problem });
        default:
          return state;
      }

    case 'recording':
      switch (event.type) {
        case 'TICK': {
          const limit = state.config.hardLimitMs;
          if (limit !== null && elapsed(phase, event.now) >= limit) {
            return to({ name: 'saving', recordingId: phase.recordingId, elapsedMs: limit, stopReason: 'hard_limit' });
          }
          return to({ ...phase, now: event.now });
        }
        case 'STOP':
          return to({
            name: 'saving',
            recordingId: phase.recordingId,
            elapsedMs: elapsed(phase, event.now),
            stopReason: event.reason ?? 'user',
          });
        case 'DISCARD':
          return to({ name: 'discarding', recordingId: phase.recordingId });
        case 'MARK_STAR':
          // Marking a part again moves its mark: the latest press is where the user meant.
          return { ...state, takeMarks: { ...state.takeMarks, [event.part]: elapsed(phase, event.now) } };
        default:
          return state;
      }

    case 'saving':
      switch (event.type) {
        case 'SAVED':
          return to({ name: 'reviewing', attemptId: event.attemptId, stopReason: phase.stopReason });
        case 'FAILED':
          return to({ name: 'failed', problem: event.problem });
        default:
          return state;
      }

    case 'discarding':
      switch (event.type) {
        case 'DISCARDED':
          return to({ name: 'idle', note: 'discarded' });
        case 'FAILED':
          return to({ name: 'failed', problem: event.problem });
        default:
          return state;
      }

    case 'reviewing':
      switch (event.type) {
        case 'RETAKE':
          return to({ name: 'confirmingRetake', attemptId: phase.attemptId, stopReason: phase.stopReason });
        case 'START':
          return beginTake(state, event.now, event.config);
        case 'FOLLOW_UP':
          return beginTake(state, event.now, state.config, event.link);
        case 'RESET':
          // The take under review was deleted: back to the question.
          return { ...to({ name: 'idle', note: null }), followUp: null };
        default:
          return state;
      }

    case 'confirmingRetake':
      switch (event.type) {
        case 'RETAKE_CANCEL':
          return to({ name: 'reviewing', attemptId: phase.attemptId, stopReason: phase.stopReason });
        case 'RETAKE_CONFIRMED':
          return beginTake(state, event.now, state.config, state.followUp);
        case 'FAILED':
          return to({ name: 'failed', problem: event.problem });
        default:
          return state;
      }

    case 'failed':
      switch (event.type) {
        case 'START':
          return beginTake(state, event.now, event.config);
        case 'RESET':
          return to({ name: 'idle', note: null });
        default:
          return state;
      }
  }
}

const OPEN_ATTEMPT_PHASES: ReadonlySet<PhaseName> = new Set(['idle', 'prompting', 'thinking', 'ready', 'reviewing', 'failed']);
export const canOpenAttempt = (phase: Phase): boolean => OPEN_ATTEMPT_PHASES.has(phase.name);

/** Phases in which a microphone is open or about to be, so leaving the screen must clean up. */
export const isCapturing = (phase: Phase): boolean =>
  phase.name === 'starting' || phase.name === 'recording' || phase.name === 'saving' || phase.name === 'discarding';

export const thinkRemainingMs = (phase: Extract<Phase, { name: 'thinking' }>) => Math.max(0, phase.endsAt - phase.now);
