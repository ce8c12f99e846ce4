import { StudioError } from '../../shared/contract/errors.js';

/** Turns a Node file-system error into a StudioError the user can act on. */
export function toStudioIoError(error: unknown, doing: string): StudioError {
  if (error instanceof StudioError) return error;
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'ENOSPC' || code === 'EDQUOT') {
    return new StudioError('disk_full', `The disk is full, so the app could not ${doing}. Free some space and try again.`);
  }
  if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS') {
    return new StudioError('io_error', `The app is not allowed to ${doing} (${code}). Check the data folder's permissions.`);
  }
  return new StudioError('io_error', `The app could not ${doing}${code ? ` (${code})` : ''}.`);
}
