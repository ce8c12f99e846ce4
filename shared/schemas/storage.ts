import { z } from 'zod';

const Count = z.number().int().min(0);

/** What the data folder holds, for the "Your data" storage panel. */
export const StorageInfoSchema = z.object({
  dataDir: z.string(),
  recordingsBytes: Count,
  recordingCount: Count,
  attemptCount: Count,
  exportsBytes: Count,
  exportCount: Count,
  /** False where the host cannot open a folder for the user (the browser host). */
  canOpenFolder: z.boolean(),
});
export type StorageInfo = z.infer<typeof StorageInfoSchema>;

/** The words a request to erase everything must carry, typed by the user. */
export const DELETE_EVERYTHING_CONFIRMATION = 'DELETE EVERYTHING';

export const RetentionDaysSchema = z.number().int().min(1).max(3650);
