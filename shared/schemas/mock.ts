import { z } from 'zod';
import { SlugSchema } from '#shared/content/schema.js';
import { AttemptSchema } from './attempt.js';
import { IsoDateSchema, OpaqueIdSchema } from './ids.js';
import { DayKeySchema, SaneDayKeySchema, TimeZoneSchema } from './progress.js';

export const MIN_MOCK_QUESTIONS = 3;
export const MAX_MOCK_QUESTIONS = 12;
export const MockQuestionCountSchema = z.number().int().min(MIN_MOCK_QUESTIONS).max(MAX_MOCK_QUESTIONS);

/** The guide's last step, practised after each mock: the thank-you note checklist and when to be reminded. */
export const FollowUpSchema = z.object({
  /** Items of the "after the interview" checklist the user ticked. */
  checked: z.array(SlugSchema).max(50),
  /** The local day to be reminded on; null for no reminder. */
  remindOn: DayKeySchema.nullable(),
  done: z.boolean(),
});
export type FollowUp = z.infer<typeof FollowUpSchema>;
export const EMPTY_FOLLOW_UP: FollowUp = { checked: [], remindOn: null, done: false };

/** Whether the interviewer asks follow-up questions after some answers (shared/progress/mock-follow-ups.ts). */
export const MockFollowUpQuestionsSchema = z.enum(['some', 'none']);
export type MockFollowUpQuestions = z.infer<typeof MockFollowUpQuestionsSchema>;

/** A mock interview: its questions in interview order. Its answers are the attempts carrying its id. */
export const MockSessionSchema = z.object({
  id: OpaqueIdSchema,
  startedAt: IsoDateSchema,
  questionIds: z.array(SlugSchema).min(1).max(MAX_MOCK_QUESTIONS),
  followUp: FollowUpSchema,
  /**
   * When the interview was finished or ended; null while it runs, so one interrupted (reload, crash,
   * closed window) can be offered for resuming. Absent on sessions from before it was kept: those
   * are never offered.
   */
  endedAt: IsoDateSchema.nullable().optional(),
  /** Chosen at the start; absent on sessions from before follow-ups were asked in them (none were). */
  followUpQuestions: MockFollowUpQuestionsSchema.optional(),
});
export type MockSession = z.infer<typeof MockSessionSchema>;

export const MockStartRequestSchema = z
  .object({
    questionCount: MockQuestionCountSchema,
    timeZone: TimeZoneSchema,
    /** Default: some, as real interviewers do. */
    followUpQuestions: MockFollowUpQuestionsSchema.optional(),
  })
  .strict();

export const MockReportSchema = z.object({ session: MockSessionSchema, attempts: z.array(AttemptSchema) });
export type MockReport = z.infer<typeof MockReportSchema>;

export const MockFollowUpRequestSchema = z
  .object({ sessionId: OpaqueIdSchema, followUp: FollowUpSchema.extend({ remindOn: SaneDayKeySchema.nullable() }).strict() })
  .strict();
