import type { Problem, StopReason } from './machine.js';
import { describeError } from '#renderer/api/messages.js';
import { StudioError, type ErrorCode } from '#shared/contract/errors.js';

export type ProblemText = { title: string; body: string };

const fromCode = (problem: Problem) => describeError(new StudioError((problem.code ?? 'internal') as ErrorCode, problem.detail ?? ''));

/** What to tell the user when a take could not start or could not be saved. */
export function problemText(problem: Problem): ProblemText {
  switch (problem.kind) {
    case 'permission_denied':
      return {
        title: 'Microphone access is blocked',
        body: 'Interview Studio was not allowed to use the microphone. Allow microphone access for this app in your system or browser settings, then try again.',
      };
    case 'no_microphone':
      return {
        title: 'No microphone found',
        body: 'Connect a microphone or headset, then try again. If you chose a microphone in Settings, check it is still plugged in.',
      };
    case 'microphone_busy':
      return {
        title: 'The microphone could not be opened',
        body: 'Another app may be using it, or the system refused it. Close other apps that record sound, then try again.',
      };
    case 'recorder_failed':
      return { title: 'Recording could not start', body: `The recorder reported a problem: ${problem.detail ?? 'unknown error'}.` };
    case 'begin_failed':
      return { title: 'Recording could not start', body: fromCode(problem) };
    case 'save_failed':
      return { title: 'The answer could not be saved', body: fromCode(problem) };
    case 'discard_failed':
      return { title: 'The take could not be discarded', body: fromCode(problem) };
    case 'delete_failed':
      return { title: 'The earlier take could not be deleted', body: fromCode(problem) };
  }
}

/** Said on the review screen when the recording ended before the user pressed Stop. */
export function stopReasonText(reason: StopReason | null): string | null {
  switch (reason) {
    case 'mic_lost':
      return 'The microphone was disconnected during your answer. What was recorded until then has been kept.';
    case 'disk_full':
      return 'The disk filled up during your answer, so recording stopped. What was recorded until then has been kept.';
    case 'recorder_error':
      return 'The recorder stopped with an error during your answer. What was recorded until then has been kept.';
    case 'hard_limit':
      return 'Recording stopped at your time limit.';
    default:
      return null;
  }
}
