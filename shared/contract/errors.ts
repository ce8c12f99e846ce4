import { z } from 'zod';
import { ERROR_CODES, type StudioErrorShape } from './studio-error.js';

export { ERROR_CODES, StudioError, fail, ok, type ErrorCode, type Result, type StudioErrorShape } from './studio-error.js';

/** The codes and the error's shape as main parses them (the class and helpers are in studio-error.ts). */
export const ErrorCodeSchema = z.enum(ERROR_CODES);

export const StudioErrorShapeSchema = z.object({
  code: ErrorCodeSchema,
  message: z.string(),
}) satisfies z.ZodType<StudioErrorShape>;
