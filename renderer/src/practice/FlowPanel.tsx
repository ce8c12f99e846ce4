import type { Settings } from '#shared/schemas/settings.js';
import type { LevelProbe } from '#renderer/lib/audioLevel.js';
import { thinkRemainingMs, type PracticeEvent, type PracticeState } from './machine.js';
import { ProblemPanel } from './ProblemPanel.js';
import { RecordingPanel } from './RecordingPanel.js';
import { startHint } from './startHint.js';
import { ThinkPanel } from './ThinkPanel.js';
import { focusBesideQuestion } from './focusBesideQuestion.js';

type Props = {
  state: PracticeState;
  settings: Settings;
  level: LevelProbe | null;
  dispatch(event: PracticeEvent): void;
  onStart(): void;
  now(): number;
  /** The stop button's words; a mock interview moves on instead of opening the review. */
  stopLabel?: string;
  /** Opens the microphone check (offered when the microphone hears nothing while recording). */
  onMicCheck?(): void;
  /** Whether STAR fits the question: the marking buttons show while recording only then. */
  starMarking?: boolean;
};

/** The part of the practice screen that changes with each phase before the review. */
export function FlowPanel({ state, settings, level, dispatch, onStart, now, stopLabel, starMarking, onMicCheck }: Props) {
  const { phase } = state;
  const limits = { minSeconds: settings.answerTargetMinSeconds, maxSeconds: settings.answerTargetMaxSeconds };

  switch (phase.name) {
    case 'idle':
      return (
        <section className="flow-panel" aria-labelledby="idle-title">
          <h2 id="idle-title" className="flow-panel__title">
            Read the question, then start
          </h2>
          {phase.note === 'discarded' && (
            <p className="quiet-note" role="status">
              The take was discarded.
            </p>
          )}
          {phase.note === 'resumed' && (
            <p className="quiet-note" role="status">
              Your interview picks up where it stopped. Start when you are ready.
            </p>
          )}
          <p className="muted">{startHint(state.config)}</p>
          <button type="button" className="button button--primary" onClick={onStart} aria-keyshortcuts="R" ref={focusBesideQuestion}>
            Start this question
          </button>
        </section>
      );
    case 'prompting':
      return (
        <section className="flow-panel" aria-label="Listening to the question">
          <p className="muted">Listen to the question. Your think time starts after it.</p>
          <button type="button" className="button" onClick={() => dispatch({ type: 'RECORD' })}>
            Answer now
          </button>
        </section>
      );
    case 'thinking':
      return (
        <ThinkPanel
          remainingMs={thinkRemainingMs(phase)}
          totalMs={state.config.thinkMs}
          autoStart={state.config.autoStart}
          onStartNow={() => dispatch({ type: 'RECORD' })}
        />
      );
    case 'ready':
      return (
        <section className="flow-panel" aria-labelledby="ready-title">
          <h2 id="ready-title" className="flow-panel__title">
            Ready when you are
          </h2>
          <button
            type="button"
            className="button button--primary button--record"
            onClick={() => dispatch({ type: 'RECORD' })}
            aria-keyshortcuts="R"
            ref={focusBesideQuestion}
          >
            <span className="rec-dot" aria-hidden="true" /> Record my answer
          </button>
        </section>
      );
    case 'starting':
      return <BusyPanel text="Opening the microphone…" />;
    case 'recording':
      return (
        <RecordingPanel
          elapsedMs={phase.now - phase.startedAt}
          limits={limits}
          hardLimitMs={state.config.hardLimitMs}
          level={level}
          marks={state.takeMarks}
          onMark={(part) => dispatch({ type: 'MARK_STAR', part, now: now() })}
          onStop={() => dispatch({ type: 'STOP', now: now() })}
          stopLabel={stopLabel}
          starMarking={starMarking}
          onDiscard={() => dispatch({ type: 'DISCARD' })}
          onMicCheck={onMicCheck}
        />
      );
    case 'saving':
      return <BusyPanel text="Saving your answer…" />;
    case 'discarding':
      return <BusyPanel text="Discarding this take…" />;
    case 'failed':
      return <ProblemPanel problem={phase.problem} onStart={onStart} onMicCheck={onMicCheck} />;
    default:
      return null;
  }
}

function BusyPanel({ text }: { text: string }) {
  return (
    <section className="flow-panel" aria-busy="true">
      <p role="status" className="busy">
        <span className="spinner" aria-hidden="true" /> {text}
      </p>
    </section>
  );
}
