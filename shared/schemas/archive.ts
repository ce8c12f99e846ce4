import { z } from 'zod';
import { QuestionSchema, SlugSchema } from '#shared/content/schema.js';
import { AttemptSchema } from './attempt.js';
import { FacilityProfileSchema } from './profile.js';
import { IsoDateSchema, SaneIsoDateSchema } from './ids.js';
import { FollowUpSchema, MockSessionSchema } from './mock.js';
import { SaneDayKeySchema } from './progress.js';
import { CUSTOM_TEXT_LIMITS, MAX_CUSTOM_QUESTIONS } from './questions.js';
import { ScheduleStateSchema } from './schedule.js';
import { SettingsFieldsSchema } from './settings.js';

/** Names the archive kind in its manifest, so a foreign zip is refused by name, not by luck. */
export const EXPORT_FORMAT = 'interview-studio-export';
/** Bump when the archive's layout changes in a way older builds cannot read. */
export const EXPORT_FORMAT_VERSION = 1;

/** A calendar day (the user's local day) or an exact instant. */
const DayOrInstantSchema = z.union([z.iso.date(), IsoDateSchema]);

/**
 * Which answers an export holds: all of them when empty; `from`/`to` are inclusive days (or
 * instants) of when the answer was recorded; `questionIds` keeps only those questions.
 */
export const ExportScopeSchema = z
  .object({
    from: DayOrInstantSchema.optional(),
    to: DayOrInstantSchema.optional(),
    questionIds: z.array(SlugSchema).max(1000).optional(),
  })
  .strict();
export type ExportScope = z.infer<typeof ExportScopeSchema>;

/**
 * An attempt as the archive holds it: the app's own attempt, measurements and STAR marks
 * included. Fields added to attempts later get defaults, so older archives still read.
 */
export const ExportedAttemptSchema = AttemptSchema;
/**
 * An attempt as an import reads it: its dates come from another computer's file, so they are
 * held to the years someone could have practised in (see SaneIsoDateSchema in ids.ts).
 */
export const ImportedAttemptSchema = AttemptSchema.extend({
  createdAt: SaneIsoDateSchema,
  reviewedAt: SaneIsoDateSchema.nullable(),
});
export type ExportedAttempt = z.infer<typeof ExportedAttemptSchema>;

const Count = z.number().int().min(0);

export const ExportManifestSchema = z.object({
  format: z.literal(EXPORT_FORMAT),
  formatVersion: z.literal(EXPORT_FORMAT_VERSION),
  appVersion: z.string().max(64),
  exportedAt: SaneIsoDateSchema,
  scope: ExportScopeSchema,
  counts: z.object({
    attempts: Count,
    recordings: Count,
    customQuestions: Count,
    // Came later: an archive without them still reads; where given, the files must agree.
    mockSessions: Count.optional(),
    suspendedQuestions: Count.optional(),
  }),
});
export type ExportManifest = z.infer<typeof ExportManifestSchema>;

/** What an import reads; the schemas below are import-only too (an export writes what the app holds). */
export const AttemptsFileSchema = z.object({ attempts: z.array(ImportedAttemptSchema) });

/** Settings from another build may lack newer fields or carry ones this build does not know. */
export const SettingsFileSchema = SettingsFieldsSchema.partial();

/**
 * The user's own questions. When each was written and last changed came later (an import keeps the
 * newer copy by them), so they are optional: an archive without them still reads.
 */
export const ArchivedCustomQuestionSchema = QuestionSchema.extend({
  // The editor's limits (CustomQuestionDraftSchema): an archive cannot bring in what the editor refuses.
  text: QuestionSchema.shape.text.max(CUSTOM_TEXT_LIMITS.text),
  listenFor: QuestionSchema.shape.listenFor.max(CUSTOM_TEXT_LIMITS.listenFor),
  starHint: QuestionSchema.shape.starHint.max(CUSTOM_TEXT_LIMITS.starHint),
  followUps: z.array(QuestionSchema.shape.followUps.element.max(CUSTOM_TEXT_LIMITS.followUp)).min(1).max(3),
  criteriaIds: QuestionSchema.shape.criteriaIds.max(32),
  createdAt: SaneIsoDateSchema.optional(),
  updatedAt: SaneIsoDateSchema.optional(),
});
export type ArchivedCustomQuestion = z.infer<typeof ArchivedCustomQuestionSchema>;
export const CustomQuestionsFileSchema = z.object({ questions: z.array(ArchivedCustomQuestionSchema).max(MAX_CUSTOM_QUESTIONS) });

/**
 * The facility profile. Fields missing in the file (added by a later version, or written by an
 * earlier one) read as empty; a field of the wrong type refuses the archive.
 */
export const FacilityProfileFileSchema = FacilityProfileSchema.extend({
  interviewDate: SaneDayKeySchema.nullable().default(null),
  updatedAt: SaneIsoDateSchema.nullable().default(null),
});

/** The review schedule's stored state: the questions the user set aside (suspended). */
export const ReviewScheduleFileSchema = ScheduleStateSchema;

/** Mock interviews: each one's questions in order and its follow-up checklist and reminder day. */
export const MockSessionsFileSchema = z.object({
  sessions: z
    .array(
      MockSessionSchema.extend({
        startedAt: SaneIsoDateSchema,
        followUp: FollowUpSchema.extend({ remindOn: SaneDayKeySchema.nullable() }),
      }),
    )
    .max(10_000),
});
