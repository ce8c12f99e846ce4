import { z } from 'zod';
import { SlugSchema } from '#shared/content/schema.js';
import { IsoDateSchema, OpaqueIdSchema } from './ids.js';
import { MeasurementsSchema } from './measurements.js';

/** Which of a question's follow-ups (at most three, see the content schema) an answer replies to. */
export const FollowUpIndexSchema = z.number().int().min(0).max(2);

/** The link from a follow-up answer to the answer it followed. */
export const FollowUpLinkSchema = z.object({ parentAttemptId: OpaqueIdSchema, followUpIndex: FollowUpIndexSchema }).strict();
export type FollowUpLink = z.infer<typeof FollowUpLinkSchema>;

export const CriterionMarkSchema = z.enum(['met', 'partly', 'not_met']);
export type CriterionMark = z.infer<typeof CriterionMarkSchema>;

/** The user's own judgement of one answer against the guide's criteria. */
export const ReviewSchema = z.object({
  marks: z.record(SlugSchema, CriterionMarkSchema),
  criterionNotes: z.record(SlugSchema, z.string().max(2000)),
  rating: z.number().int().min(1).max(5).nullable(),
  nextTime: z.string().max(4000),
  /**
   * Marks on the question's own must-haves (content `mustHaves`), by must-have id. Added in the
   * bank's second edition; optional so journal lines and archives written before it still load.
   */
  mustHaveMarks: z.record(SlugSchema, CriterionMarkSchema).optional(),
});
export type Review = z.infer<typeof ReviewSchema>;

export const EMPTY_REVIEW: Review = { marks: {}, criterionNotes: {}, rating: null, nextTime: '' };

/**
 * Where the user marked each STAR part as beginning, in ms from the start of the recording;
 * null for a part not marked. Set while recording or replaying, movable on the waveform.
 */
export const StarMarksSchema = z.object({
  situation: z.number().int().min(0).nullable(),
  task: z.number().int().min(0).nullable(),
  action: z.number().int().min(0).nullable(),
  result: z.number().int().min(0).nullable(),
});
export type StarMarks = z.infer<typeof StarMarksSchema>;
export const EMPTY_STAR_MARKS: StarMarks = { situation: null, task: null, action: null, result: null };

/** One recorded answer to one question. Its id is also the id of its recording. */
export const AttemptSchema = z.object({
  id: OpaqueIdSchema,
  questionId: SlugSchema,
  createdAt: IsoDateSchema,
  durationMs: z.number().int().min(0),
  mimeType: z.string().max(100),
  sizeBytes: z.number().int().min(0),
  /** False once the audio was deleted (by the user or by retention) while the review is kept. */
  hasRecording: z.boolean(),
  /** True when the audio was rescued from a recording interrupted by a crash. */
  recovered: z.boolean(),
  review: ReviewSchema,
  reviewedAt: IsoDateSchema.nullable(),
  // Added after the first release of the journal: lines written before them still load.
  /** Objective facts computed from the audio after recording; null until measured. */
  measurements: MeasurementsSchema.nullable().default(null),
  starMarks: StarMarksSchema.default(EMPTY_STAR_MARKS),
  /**
   * The mock interview this answer was given in; absent for ordinary practice. Optional rather
   * than defaulted to null so older journal lines load and code that builds attempts need not change.
   */
  sessionId: OpaqueIdSchema.optional(),
  /**
   * Set on the answer to a follow-up question: the answer it followed, and which of the question's
   * follow-ups was asked (0-based). Optional for the same reason as `sessionId`.
   */
  parentAttemptId: OpaqueIdSchema.optional(),
  followUpIndex: FollowUpIndexSchema.optional(),
});
export type Attempt = z.infer<typeof AttemptSchema>;
