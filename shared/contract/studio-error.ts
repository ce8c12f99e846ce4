/**
 * The error half of the contract without zod, so the renderer's first screen can use it without
 * loading a schema library (errors.ts adds the schemas main parses with, from the same list).
 * Every failure that crosses the boundary is one of these codes, so the UI can say something
 * specific ("the disk is full") instead of a generic "something went wrong".
 */
export const ERROR_CODES = [
  'invalid_request', // the payload did not match the channel's schema
  'unknown_channel',
  'not_found', // an id that names nothing (or a path-like id, refused before any lookup)
  'conflict', // the request is valid but clashes with current state (e.g. a recording already finished)
  'recording_gap', // a chunk arrived after a missing one
  'recording_duplicate', // a chunk arrived twice
  'chunk_too_large',
  'recording_empty', // finish was asked for a recording with no audio in it
  'disk_full',
  'io_error',
  'content_invalid',
  'not_available', // the request is fine but this front door cannot do it (e.g. open a folder from a browser)
  'internal',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export type StudioErrorShape = { code: ErrorCode; message: string };

/** Thrown by services and by the renderer's client; carried across as `{ ok: false, error }`. */
export class StudioError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'StudioError';
  }

  toShape(): StudioErrorShape {
    return { code: this.code, message: this.message };
  }
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: StudioErrorShape };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const fail = (code: ErrorCode, message: string): Result<never> => ({
  ok: false,
  error: { code, message },
});
