import { z } from 'zod';
import { SlugSchema } from '#shared/content/schema.js';
import { DayKeySchema, TimeZoneSchema } from './progress.js';

const Count = z.number().int().min(0);

/**
 * One question in today's spaced-review queue:
 * - `due`: its FSRS schedule says today (or earlier: `overdueDays`);
 * - `unrated`: practised but never rated, so there is nothing to schedule from yet;
 * - `new`: never practised, introduced today within the daily limit.
 */
export const DueItemSchema = z.object({
  questionId: SlugSchema,
  kind: z.enum(['due', 'unrated', 'new']),
  dueOn: DayKeySchema.nullable(),
  overdueDays: Count,
  lastRating: z.number().int().min(1).max(5).nullable(),
  /** Rated reviews so far, and how many of them were "Again" after the first. */
  reviews: Count,
  lapses: Count,
});
export type DueItem = z.infer<typeof DueItemSchema>;

export const DueQueueSchema = z.object({
  today: DayKeySchema,
  items: z.array(DueItemSchema),
  newPerDay: Count,
  /** New questions first practised today: they use up the day's allowance. */
  newStartedToday: Count,
  /** Never-practised questions still waiting after today's allowance. */
  newWaiting: Count,
  upcoming: z.array(z.object({ questionId: SlugSchema, dueOn: DayKeySchema })),
  suspended: z.array(SlugSchema),
});
export type DueQueue = z.infer<typeof DueQueueSchema>;

export const DueRequestSchema = z.object({ timeZone: TimeZoneSchema }).strict();

export const SuspendRequestSchema = z.object({ questionId: SlugSchema, suspended: z.boolean() }).strict();

/** The little the schedule stores: which questions the user set aside. Everything else is derived. */
export const MAX_SUSPENDED_QUESTIONS = 1000;
export const ScheduleStateSchema = z.object({ suspended: z.array(SlugSchema).max(MAX_SUSPENDED_QUESTIONS) });
export type ScheduleState = z.infer<typeof ScheduleStateSchema>;
