import { MicrophoneSteps } from '#renderer/ui/MicrophoneSteps.js';
import type { Problem } from './machine.js';
import { problemText } from './problemMessages.js';
import './problem.css';

type Props = { problem: Problem; onStart(): void; onMicCheck?(): void };

/** The problems the person fixes on their own computer, for which the system's steps are shown. */
const MICROPHONE_ACCESS: ReadonlySet<Problem['kind']> = new Set(['permission_denied', 'no_microphone']);

/**
 * A take that could not start or be saved: what happened, in words, and Try again as the main
 * action. When the microphone is blocked or missing, the steps for the person's own system (as on
 * the microphone check) come before it, with the check one press away.
 */
export function ProblemPanel({ problem, onStart, onMicCheck }: Props) {
  const text = problemText(problem);
  const microphone = MICROPHONE_ACCESS.has(problem.kind);
  return (
    <section className="flow-panel flow-panel--problem" aria-labelledby="problem-title">
      <div role="alert">
        <h2 id="problem-title" className="flow-panel__title">
          {text.title}
        </h2>
        <p>{text.body}</p>
      </div>
      {microphone && <MicrophoneSteps className="flow-panel__steps" where="practice" />}
      <div className="flow-panel__actions">
        <button type="button" className="button button--primary" onClick={onStart}>
          Try again
        </button>
        {microphone && onMicCheck && (
          <button type="button" className="button button--quiet" onClick={onMicCheck}>
            Open the microphone check
          </button>
        )}
      </div>
    </section>
  );
}
