import { StudioError } from '#shared/contract/errors.js';
import type { Problem } from '#renderer/practice/index.js';

/**
 * Turns what getUserMedia / MediaRecorder / main threw while starting into a problem the UI can
 * name. DOMException names are from https://w3c.github.io/mediacapture-main/#dom-mediadevices-getusermedia.
 */
export function classifyStartError(error: unknown): Problem {
  if (error instanceof StudioError) return { kind: 'begin_failed', code: error.code, detail: error.message };
  const name = error instanceof Error || error instanceof DOMException ? error.name : '';
  const detail = error instanceof Error || error instanceof DOMException ? error.message : String(error);
  switch (name) {
    case 'NotAllowedError':
    case 'SecurityError':
      return { kind: 'permission_denied', detail };
    case 'NotFoundError':
    case 'OverconstrainedError': // the saved microphone is gone
      return { kind: 'no_microphone', detail };
    case 'NotReadableError':
    case 'AbortError':
      return { kind: 'microphone_busy', detail };
    default:
      return { kind: 'recorder_failed', detail };
  }
}

export const problemFromSaveError = (error: unknown): Problem => ({
  kind: 'save_failed',
  code: error instanceof StudioError ? error.code : null,
  detail: error instanceof Error ? error.message : String(error),
});
