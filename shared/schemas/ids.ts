import { z } from 'zod';

/**
 * Recording and attempt ids are random UUIDs minted by main. Only these opaque ids cross the
 * boundary, never paths; the strict pattern refuses `..`, separators, NUL and encodings before
 * any file is touched.
 */
export const OPAQUE_ID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export const OpaqueIdSchema = z.string().regex(OPAQUE_ID_PATTERN, 'not a valid id');

export const isOpaqueId = (value: unknown): value is string => typeof value === 'string' && OPAQUE_ID_PATTERN.test(value);

export const IsoDateSchema = z.iso.datetime({ offset: true });
