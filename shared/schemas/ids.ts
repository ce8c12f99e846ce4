import { z } from 'zod';

/**
 * Recording and attempt ids are random UUIDs minted by main. Only these opaque ids cross the
 * boundary, never paths; the strict pattern refuses `..`, separators, NUL and encodings before
 * any file is touched.
 */
export const OPAQUE_ID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export const OpaqueIdSchema = z.string().regex(OPAQUE_ID_PATTERN, 'not a valid id');

export const isOpaqueId = (value: unknown): value is string => typeof value === 'string' && OPAQUE_ID_PATTERN.test(value);

/** An instant as written by the app's own clock: any the clock gives is kept (even a machine's wrong one). */
export const IsoDateSchema = z.iso.datetime({ offset: true });

/**
 * The dates the app takes in from outside (an archive, a request): 2000 up to, not including,
 * 2100. Everything dated there was made by someone practising for an interview, so a date outside
 * is damage or a hand-made file; one at the far edge of what JavaScript holds (9999-12-31) once
 * broke Progress, Due today and mock interviews for good after an import. What the app's own
 * clock wrote stays IsoDateSchema: a computer whose clock is wrong must not lose its recordings.
 */
export const EARLIEST_DATE = '2000-01-01T00:00:00.000Z';
export const LATEST_DATE = '2100-01-01T00:00:00.000Z';
const EARLIEST_MS = Date.parse(EARLIEST_DATE);
const LATEST_MS = Date.parse(LATEST_DATE);

export const isSaneInstant = (value: string): boolean => {
  const ms = Date.parse(value);
  return ms >= EARLIEST_MS && ms < LATEST_MS;
};

export const SaneIsoDateSchema = IsoDateSchema.refine(isSaneInstant, 'is not a date from 2000 to 2099');
