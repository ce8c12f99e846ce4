import { z } from 'zod';
import { SlugSchema } from '#shared/content/schema.js';
import { isDayKey, isValidTimeZone } from '#shared/progress/local-day.js';
import { IsoDateSchema } from './ids.js';

const Count = z.number().int().min(0);
const RatingSchema = z.number().int().min(1).max(5);
const ShareSchema = z.number().min(0).max(1);

/** A local calendar day, 'YYYY-MM-DD'. */
export const DayKeySchema = z.string().refine(isDayKey, 'not a calendar day (YYYY-MM-DD)');
/** A day taken in from outside (a request, an archive): the same years as SaneIsoDateSchema. */
export const SaneDayKeySchema = DayKeySchema.refine((day) => day >= '2000-01-01' && day < '2100-01-01', 'is not a day from 2000 to 2099');

/**
 * The renderer's IANA time zone. Days (streaks, "due today") are the user's own days, and the
 * browser host's process may run in another zone than the page, so the page says which.
 */
export const TimeZoneSchema = z.string().min(1).max(100).refine(isValidTimeZone, 'not a known time zone');

export const ProgressRequestSchema = z.object({ timeZone: TimeZoneSchema }).strict();

/** One practised question: enough for the question list and the progress table. */
export const QuestionProgressSchema = z.object({
  questionId: SlugSchema,
  attempts: Count,
  /** Attempts with an overall rating. */
  rated: Count,
  /** The rating of the newest rated attempt. */
  latestRating: RatingSchema.nullable(),
  bestRating: RatingSchema.nullable(),
  lastPractisedAt: IsoDateSchema.nullable(),
});
export type QuestionProgress = z.infer<typeof QuestionProgressSchema>;

export const CategoryProgressSchema = z.object({
  categoryId: SlugSchema,
  questionsTotal: Count,
  questionsPractised: Count,
  attempts: Count,
  /** Mean of each rated question's latest rating; null when none is rated. */
  averageRating: z.number().min(1).max(5).nullable(),
  ratedQuestions: Count,
});
export type CategoryProgress = z.infer<typeof CategoryProgressSchema>;

/** Marks for one criterion (or all of them) in one week, counted by when the answers were given. */
export const MarkCountsSchema = z.object({ met: Count, partly: Count, notMet: Count });
export type MarkCounts = z.infer<typeof MarkCountsSchema>;
export const WeekMarksSchema = MarkCountsSchema.extend({ weekStart: DayKeySchema });
export type WeekMarks = z.infer<typeof WeekMarksSchema>;

export const CriterionProgressSchema = MarkCountsSchema.extend({
  criterionId: SlugSchema,
  /** (met + half of partly) / marked; null when no answer was marked on it. */
  share: ShareSchema.nullable(),
  trend: z.array(WeekMarksSchema),
});
export type CriterionProgress = z.infer<typeof CriterionProgressSchema>;

/**
 * The questions' own must-haves, all counted together: each question has different ones, so
 * only the whole says whether you make the points a question calls for.
 */
export const MustHaveProgressSchema = MarkCountsSchema.extend({
  share: ShareSchema.nullable(),
  trend: z.array(WeekMarksSchema),
});
export type MustHaveProgress = z.infer<typeof MustHaveProgressSchema>;

export const CalendarSchema = z.object({
  today: DayKeySchema,
  /** Every day of the shown window, oldest first, starting on a Monday and ending today. */
  days: z.array(z.object({ date: DayKeySchema, answers: Count })),
  /** Days in a row with practice, ending today (or yesterday, while today is still open). */
  currentStreak: Count,
  longestStreak: Count,
  practisedToday: z.boolean(),
  activeDays: Count,
});
export type Calendar = z.infer<typeof CalendarSchema>;

/** Averages of the measured answers given on one day. */
export const MeasurementDaySchema = z.object({
  date: DayKeySchema,
  answers: Count,
  durationMs: z.number().min(0),
  speechMs: z.number().min(0),
  leadingSilenceMs: z.number().min(0),
  pauseCount: z.number().min(0),
  longestPauseMs: z.number().min(0),
  /**
   * Mean pace and pitch variety over the day's answers that have them (measured by analysis version 2
   * or later); null when none has. Optional so a summary from an older app still parses.
   */
  wordsPerMinute: z.number().min(0).nullable().optional(),
  pitchVariety: z.number().min(0).nullable().optional(),
});
export type MeasurementDay = z.infer<typeof MeasurementDaySchema>;

export const ProgressTotalsSchema = z.object({
  attempts: Count,
  reviewed: Count,
  rated: Count,
  measured: Count,
  questionsPractised: Count,
  questionsTotal: Count,
});

export const ProgressSummarySchema = z.object({
  generatedAt: IsoDateSchema,
  timeZone: z.string(),
  totals: ProgressTotalsSchema,
  readiness: z.string(),
  questions: z.array(QuestionProgressSchema),
  categories: z.array(CategoryProgressSchema),
  criteria: z.array(CriterionProgressSchema),
  mustHaves: MustHaveProgressSchema,
  overallTrend: z.array(WeekMarksSchema),
  calendar: CalendarSchema,
  measurements: z.array(MeasurementDaySchema),
});
export type ProgressSummary = z.infer<typeof ProgressSummarySchema>;
