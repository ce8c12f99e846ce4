import { z } from 'zod';
import { SlugSchema } from '#shared/content/schema.js';
import { IsoDateSchema, OpaqueIdSchema } from './ids.js';

/** The largest archive an import accepts: about 15 hours of answers at the recorder's bitrate, many times over. */
export const MAX_IMPORT_BYTES = 8 * 1024 ** 3;
/** Each piece of an upload; one HTTP request in the browser host (a binary body, or about 5.6 MB as base64 in JSON). */
export const MAX_IMPORT_CHUNK_BYTES = 4 * 1024 * 1024;
/**
 * Pieces of one upload that may be on their way at once, when `imports:begin` declared the piece
 * size: main accepts a piece up to this many places from the first one it still lacks.
 */
export const MAX_IMPORT_PIECES_IN_FLIGHT = 4;

/** What to do with an answer that exists here and in the archive with different reviews. */
export const ConflictChoiceSchema = z.enum(['keep_newer', 'keep_mine', 'take_imported']);
export type ConflictChoice = z.infer<typeof ConflictChoiceSchema>;

export const ImportConflictSchema = z.object({
  attemptId: OpaqueIdSchema,
  questionId: SlugSchema,
  createdAt: IsoDateSchema,
  mineReviewedAt: IsoDateSchema.nullable(),
  importedReviewedAt: IsoDateSchema.nullable(),
  /** Which review is newer; a tie keeps yours. */
  newer: z.enum(['mine', 'imported']),
});
export type ImportConflict = z.infer<typeof ImportConflictSchema>;

const Count = z.number().int().min(0);

/** What a validated archive would change; nothing has been written yet. */
export const ImportPreviewSchema = z.object({
  importId: OpaqueIdSchema,
  exportedAt: IsoDateSchema,
  appVersion: z.string(),
  attempts: z.object({ total: Count, new: Count, identical: Count, audioRestored: Count, conflicts: Count }),
  recordings: Count,
  settingsIncluded: z.boolean(),
  customQuestions: Count,
  /** How the archive's own questions relate to yours: a conflict is the same question edited differently. */
  customQuestionPlan: z.object({ new: Count, identical: Count, conflicts: Count, skipped: Count }),
  /** The first conflicts, for the user to look at before choosing (the count above is complete). */
  conflicts: z.array(ImportConflictSchema).max(200),
  /** Mock interviews matched by id: a conflict is the same interview with a different follow-up. */
  mockSessions: z.object({ total: Count, new: Count, identical: Count, conflicts: Count }),
  /** Questions set aside in the archive, and how many of them are not set aside here yet. */
  suspensions: z.object({ total: Count, new: Count }),
  /** "Before the interview" items ticked in the archive, and how many of them are not ticked here yet. */
  checklistTicks: z.object({ total: Count, new: Count }),
  /**
   * The archive's facility profile: `new` comes in (there is none here), `differs` only if the
   * user asks (`takeProfile`), and `newer` says whose was saved last.
   */
  facilityProfile: z.object({
    state: z.enum(['none', 'new', 'identical', 'differs']),
    name: z.string(),
    importedUpdatedAt: IsoDateSchema.nullable(),
    mineUpdatedAt: IsoDateSchema.nullable(),
    newer: z.enum(['mine', 'imported']).nullable(),
  }),
});
export type ImportPreview = z.infer<typeof ImportPreviewSchema>;

export const ImportResultSchema = z.object({
  added: Count,
  updated: Count,
  unchanged: Count,
  recordingsWritten: Count,
  settingsApplied: z.boolean(),
  customQuestionsAdded: Count,
  customQuestionsUpdated: Count,
  /** The archive's own questions that could not be used here (a category or criterion this version lacks). */
  customQuestionsSkipped: Count,
  mockSessionsAdded: Count,
  /** Follow-ups here replaced by the archive's (only when the imported ones were chosen). */
  mockSessionsUpdated: Count,
  suspensionsAdded: Count,
  checklistTicksAdded: Count,
  profileApplied: z.boolean(),
});
export type ImportResult = z.infer<typeof ImportResultSchema>;

/**
 * How far an import has come, for `imports:status` (polled while `imports:finish` and `imports:apply`
 * run, which answer only at the end): `receiving` the pieces; `checking` every entry of the archive
 * (`done` of `total` entries, every recording read in full); `checked`, waiting for the person's
 * choice; `applying`, copying its recordings in (`done` of `total` recordings); `saving`, moving
 * the copies into place (`done` of `total`), then the answers and the rest in one transaction.
 */
export const ImportProgressSchema = z.object({
  stage: z.enum(['receiving', 'checking', 'checked', 'applying', 'saving']),
  done: Count,
  total: Count,
  bytesDone: Count,
  bytesTotal: Count,
});
export type ImportProgress = z.infer<typeof ImportProgressSchema>;
