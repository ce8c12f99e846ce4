import { StudioError, type ErrorCode } from '#shared/contract/studio-error.js';

/** What to tell the user for each failure code; the server's own message is kept for details. */
const MESSAGES: Record<ErrorCode, string> = {
  invalid_request: 'That request was not accepted.',
  unknown_channel: 'The app asked for something this version does not offer.',
  not_found: 'That item no longer exists.',
  conflict: 'That was already done, or clashes with something in progress.',
  recording_gap: 'Part of the recording went missing on its way to disk.',
  recording_duplicate: 'Part of the recording arrived twice.',
  chunk_too_large: 'A piece of the recording was too large to save.',
  recording_empty: 'Nothing was recorded — no sound reached the app.',
  disk_full: 'The disk is full, so the recording could not be saved in full.',
  io_error: 'The app could not read or write its data folder.',
  content_invalid: 'The question library could not be read.',
  not_available: 'That is not available here.',
  internal: 'Something unexpected went wrong.',
};

export function describeError(error: unknown): string {
  if (error instanceof StudioError) {
    const base = MESSAGES[error.code];
    // invalid_request carries the validation detail the user needs to correct a field.
    return error.code === 'invalid_request' && error.message ? `${base} ${error.message}` : base;
  }
  return error instanceof Error ? error.message : String(error);
}

export const errorCode = (error: unknown): ErrorCode | null => (error instanceof StudioError ? error.code : null);
