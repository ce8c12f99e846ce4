import { StudioError } from '../../../shared/contract/errors.js';

const DISK_FULL_CODES = new Set(['ENOSPC', 'EDQUOT']);

export const errnoOf = (error: unknown): string | undefined =>
  typeof error === 'object' && error !== null && 'code' in error && typeof error.code === 'string'
    ? error.code
    : undefined;

export const isDiskFull = (error: unknown): boolean => DISK_FULL_CODES.has(errnoOf(error) ?? '');
export const isMissing = (error: unknown): boolean => errnoOf(error) === 'ENOENT';

/**
 * Turns a file-system failure into the error the renderer shows. A full disk gets its own code
 * because the user can act on it, and because the audio written so far is still there.
 */
export function toStudioError(error: unknown, doing: string): StudioError {
  if (error instanceof StudioError) return error;
  if (isDiskFull(error)) {
    return new StudioError(
      'disk_full',
      'The disk is full, so recording stopped saving. The answer recorded so far is kept: ' +
        'stop to save it, then free some space.',
    );
  }
  const code = errnoOf(error);
  return new StudioError('io_error', `Could not ${doing}${code ? ` (${code})` : ''}.`);
}
