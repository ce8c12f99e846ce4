import type { StudioError } from '#shared/contract/errors.js';
import { toStudioIoError } from '#electron/services/storage/io-errors.js';

export { errnoOf, isDiskFull, isMissing } from '#electron/services/storage/io-errors.js';

/** A recording's file-system failure; on a full disk the answer so far is still there to save. */
export const toStudioError = (error: unknown, doing: string): StudioError =>
  toStudioIoError(
    error,
    doing,
    'The disk is full, so recording stopped saving. The answer recorded so far is kept: stop to save it, then free some space.',
  );
