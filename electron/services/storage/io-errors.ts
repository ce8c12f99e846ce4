import { StudioError } from '#shared/contract/errors.js';

const DISK_FULL_CODES = new Set(['ENOSPC', 'EDQUOT']);

export const errnoOf = (error: unknown): string | undefined =>
  typeof error === 'object' && error !== null && 'code' in error && typeof error.code === 'string' ? error.code : undefined;

export const isDiskFull = (error: unknown): boolean => DISK_FULL_CODES.has(errnoOf(error) ?? '');
export const isMissing = (error: unknown): boolean => errnoOf(error) === 'ENOENT';

/**
 * Turns a file-system failure into an error the user can act on. A full disk gets its own
 * code (and, where the caller knows more, its own words: "the audio so far is kept").
 */
export function toStudioIoError(error: unknown, doing: string, diskFullMessage?: string): StudioError {
  if (error instanceof StudioError) return error;
  const code = errnoOf(error);
  if (isDiskFull(error)) {
    return new StudioError(
      'disk_full',
      diskFullMessage ?? `The disk is full, so the app could not ${doing}. Free some space and try again.`,
    );
  }
  if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS') {
    return new StudioError('io_error', `The app is not allowed to ${doing} (${code}). Check the data folder's permissions.`);
  }
  return new StudioError('io_error', `The app could not ${doing}${code ? ` (${code})` : ''}.`);
}
