import { z } from 'zod';
import { StudioErrorShapeSchema } from '#shared/contract/errors.js';
import { OpaqueIdSchema } from './ids.js';

/** An export archive's file name: made by main, checked again wherever one is served. */
export const EXPORT_FILE_PATTERN = /^interview-studio-[0-9]{8}-[0-9]{6}(?:-[0-9]{1,3})?\.zip$/;
export const ExportFileNameSchema = z.string().regex(EXPORT_FILE_PATTERN, 'not an export file name');

/** One export as it runs: bytes count what was read into the archive, so the bar moves with the work. */
export const ExportJobStatusSchema = z.object({
  jobId: OpaqueIdSchema,
  state: z.enum(['running', 'done', 'failed', 'cancelled']),
  doneBytes: z.number().int().min(0),
  totalBytes: z.number().int().min(0),
  fileName: ExportFileNameSchema,
  attemptCount: z.number().int().min(0),
  recordingCount: z.number().int().min(0),
  /** Where the renderer downloads the finished archive from; null until it is done. */
  downloadUrl: z.string().nullable(),
  error: StudioErrorShapeSchema.nullable(),
});
export type ExportJobStatus = z.infer<typeof ExportJobStatusSchema>;
