import { z } from 'zod';
import { IsoDateSchema } from './ids.js';

/** Something main found at start-up or in the background that the user must be told about. */
export const NoticeSchema = z.object({
  id: z.string().max(100),
  kind: z.enum(['recording_recovered', 'recording_lost', 'store_reset', 'content_error']),
  level: z.enum(['info', 'warning', 'error']),
  message: z.string(),
  createdAt: IsoDateSchema,
});
export type Notice = z.infer<typeof NoticeSchema>;
