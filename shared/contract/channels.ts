import { z } from 'zod';
import { LibrarySchema } from '#shared/content/schema.js';
import { AttemptSchema, ReviewSchema, StarMarksSchema } from '#shared/schemas/attempt.js';
import { MeasurementsSchema } from '#shared/schemas/measurements.js';
import { OpaqueIdSchema } from '#shared/schemas/ids.js';
import { NoticeSchema } from '#shared/schemas/notice.js';
import { AppendChunkSchema, BeginRecordingSchema, FinishRecordingSchema } from '#shared/schemas/recordings.js';
import { WaveformPeaksSchema } from '#shared/schemas/waveform.js';
import { SettingsPatchSchema, SettingsSchema } from '#shared/schemas/settings.js';
import { FacilityProfilePatchSchema, FacilityProfileSchema } from '#shared/schemas/profile.js';
import { SlugSchema } from '#shared/content/schema.js';
import { ExportScopeSchema } from '#shared/schemas/archive.js';
import {
  ConflictChoiceSchema,
  ImportPreviewSchema,
  ImportProgressSchema,
  ImportResultSchema,
  MAX_IMPORT_CHUNK_BYTES,
} from '#shared/schemas/imports.js';
import { ExportJobStatusSchema, ExportFileNameSchema } from '#shared/schemas/exports.js';
import { DELETE_EVERYTHING_CONFIRMATION, RetentionDaysSchema, StorageInfoSchema } from '#shared/schemas/storage.js';
import { ProgressRequestSchema, ProgressSummarySchema, QuestionProgressSchema } from '#shared/schemas/progress.js';
import { DueQueueSchema, DueRequestSchema, SuspendRequestSchema } from '#shared/schemas/schedule.js';
import {
  CustomQuestionDraftSchema,
  DeleteCustomQuestionResultSchema,
  LibraryQuestionSchema,
  UpdateCustomQuestionSchema,
} from '#shared/schemas/questions.js';
import { ChecklistFoldRequestSchema, ChecklistStateSchema, ChecklistTickRequestSchema } from '#shared/schemas/checklist.js';
import { MockFollowUpRequestSchema, MockReportSchema, MockSessionSchema, MockStartRequestSchema } from '#shared/schemas/mock.js';

const NoRequest = z.undefined().or(z.object({}).strict());
const AttemptRef = z.object({ attemptId: OpaqueIdSchema }).strict();
const RecordingRef = z.object({ recordingId: OpaqueIdSchema }).strict();
const ExportJobRef = z.object({ jobId: OpaqueIdSchema }).strict();
const ImportRef = z.object({ importId: OpaqueIdSchema }).strict();
const Count = z.number().int().min(0);
/** A file saved where the user chose in a save dialog, or not saved because they cancelled. */
const SavedFile = z.discriminatedUnion('saved', [
  z.object({ saved: z.literal(true), path: z.string() }),
  z.object({ saved: z.literal(false) }),
]);

/**
 * The one contract between renderer and main. Every channel is `domain:verb`, with a schema
 * for what the renderer sends and what main answers. The preload, the browser host, the
 * dispatcher and the renderer's client are all derived from this map.
 */
export const channels = {
  'app:info': {
    request: NoRequest,
    response: z.object({ version: z.string(), dataDir: z.string(), host: z.enum(['electron', 'browser']), canSavePdf: z.boolean() }),
  },
  'app:notices': { request: NoRequest, response: z.array(NoticeSchema) },
  'app:dismissNotice': {
    request: z.object({ noticeId: z.string().max(100) }).strict(),
    response: z.array(NoticeSchema),
  },

  'library:get': { request: NoRequest, response: LibrarySchema },
  // The user's own questions (electron/services/questions/); the built-in ones cannot be changed.
  'questions:create': { request: CustomQuestionDraftSchema, response: LibraryQuestionSchema },
  'questions:update': { request: UpdateCustomQuestionSchema, response: LibraryQuestionSchema },
  'questions:delete': { request: z.object({ questionId: SlugSchema }).strict(), response: DeleteCustomQuestionResultSchema },

  'settings:get': { request: NoRequest, response: SettingsSchema },
  'settings:set': { request: SettingsPatchSchema, response: SettingsSchema },

  // The facility the user is interviewing with (electron/services/profile/): their research, kept for practice.
  'profile:get': { request: NoRequest, response: FacilityProfileSchema },
  'profile:set': { request: FacilityProfilePatchSchema, response: FacilityProfileSchema },

  // The guide's "Before the interview" checklist (electron/services/checklist/): the ticks and whether it is folded away.
  'checklist:get': { request: NoRequest, response: ChecklistStateSchema },
  'checklist:tick': { request: ChecklistTickRequestSchema, response: ChecklistStateSchema },
  'checklist:fold': { request: ChecklistFoldRequestSchema, response: ChecklistStateSchema },

  'recordings:begin': {
    request: BeginRecordingSchema.strict(),
    response: z.object({ recordingId: OpaqueIdSchema }),
  },
  'recordings:append': {
    request: AppendChunkSchema.strict(),
    response: z.object({ bytesReceived: z.number().int().min(0) }),
  },
  'recordings:finish': { request: FinishRecordingSchema.strict(), response: AttemptSchema },
  /** The peaks measured while recording, to draw a take without decoding it; null for one recorded without. */
  'recordings:waveform': { request: RecordingRef, response: z.object({ peaks: WaveformPeaksSchema.nullable() }) },
  'recordings:discard': { request: RecordingRef, response: z.object({ discarded: z.boolean() }) },
  /**
   * Sent once by a page as it starts: recordings left open by a page that is gone (a reload during an
   * answer) are finished at once as recovered takes, each with a notice naming its question.
   */
  'recordings:pageStarted': { request: NoRequest, response: z.object({ recovered: z.array(AttemptSchema) }) },

  'attempts:list': {
    request: z.object({ questionId: SlugSchema.optional() }).strict(),
    response: z.array(AttemptSchema),
  },
  'attempts:get': { request: AttemptRef, response: AttemptSchema },
  'attempts:review': {
    request: z.object({ attemptId: OpaqueIdSchema, review: ReviewSchema.strict() }).strict(),
    response: AttemptSchema,
  },
  'attempts:delete': { request: AttemptRef, response: z.object({ deleted: z.boolean() }) },
  /** Delivery measurements the renderer computed from the attempt's audio (shared/analysis). */
  'attempts:measure': {
    request: z.object({ attemptId: OpaqueIdSchema, measurements: MeasurementsSchema.strict() }).strict(),
    response: AttemptSchema,
  },
  /** Where the user marked each STAR part as beginning, saved whole each time one changes. */
  'attempts:starMarks': {
    request: z.object({ attemptId: OpaqueIdSchema, starMarks: StarMarksSchema.strict() }).strict(),
    response: AttemptSchema,
  },
  'attempts:deleteQuestion': {
    request: z.object({ questionId: SlugSchema }).strict(),
    response: z.object({ deleted: Count }),
  },

  // "Your data": export, import, erase, retention and the storage panel (electron/services/exports/, imports/, data/, storage/).
  'exports:start': {
    request: z.object({ scope: ExportScopeSchema }).strict(),
    response: z.object({ jobId: OpaqueIdSchema, fileName: ExportFileNameSchema }),
  },
  'exports:status': { request: ExportJobRef, response: ExportJobStatusSchema },
  'exports:cancel': { request: ExportJobRef, response: z.object({ cancelled: z.boolean() }) },
  'exports:clear': { request: NoRequest, response: z.object({ removed: Count, freedBytes: Count }) },
  // The desktop app saves a finished archive through a save dialog; a browser downloads it (not_available here).
  'exports:saveAs': { request: z.object({ fileName: ExportFileNameSchema }).strict(), response: SavedFile },

  'imports:begin': {
    request: z
      .object({
        totalBytes: z.number().int().min(1),
        /** Every piece but the last holds exactly this many bytes; then a few may be in flight at once (MAX_IMPORT_PIECES_IN_FLIGHT). */
        pieceBytes: z.number().int().min(1).max(MAX_IMPORT_CHUNK_BYTES).optional(),
      })
      .strict(),
    response: z.object({ importId: OpaqueIdSchema }),
  },
  'imports:append': {
    request: z.object({ importId: OpaqueIdSchema, seq: z.number().int().min(0), bytes: z.instanceof(Uint8Array) }).strict(),
    response: z.object({ bytesReceived: Count }),
  },
  'imports:finish': { request: ImportRef, response: ImportPreviewSchema },
  'imports:apply': {
    request: z
      .object({
        importId: OpaqueIdSchema,
        conflicts: ConflictChoiceSchema.default('keep_newer'),
        takeSettings: z.boolean().default(false),
        /** Use the archive's facility profile where it differs from the one here (one added where there is none regardless). */
        takeProfile: z.boolean().default(false),
      })
      .strict(),
    response: ImportResultSchema,
  },
  /** How far `finish` (the check) or `apply` has come; they answer only at the end. */
  'imports:status': { request: ImportRef, response: ImportProgressSchema },
  /** Drops an import: while it is sent or checked, or during `apply` until its commit (then `cancelled` is false: it is in). */
  'imports:cancel': { request: ImportRef, response: z.object({ cancelled: z.boolean() }) },

  'data:deleteEverything': {
    request: z.object({ confirm: z.literal(DELETE_EVERYTHING_CONFIRMATION) }).strict(),
    response: z.object({ deletedAttempts: Count, deletedRecordingFiles: Count, deletedExports: Count }),
  },
  'storage:info': { request: NoRequest, response: StorageInfoSchema },
  'storage:openFolder': { request: NoRequest, response: z.object({ opened: z.literal(true) }) },
  // The readiness report as a PDF (Electron's printToPDF and a save dialog); not_available in a browser.
  'report:savePdf': {
    request: NoRequest,
    response: SavedFile,
  },
  'storage:retentionPreview': {
    request: z.object({ days: RetentionDaysSchema }).strict(),
    response: z.object({ recordingCount: Count, bytes: Count }),
  },

  // Progress, spaced review and mock interviews (electron/services/progress/): computed in main,
  // so the renderer never downloads the whole history. Days are the renderer's: it sends its zone.
  'progress:summary': { request: ProgressRequestSchema, response: ProgressSummarySchema },
  'progress:questions': { request: NoRequest, response: z.array(QuestionProgressSchema) },
  'schedule:due': { request: DueRequestSchema, response: DueQueueSchema },
  'schedule:suspend': { request: SuspendRequestSchema, response: z.object({ suspended: z.array(SlugSchema) }) },
  'mock:start': { request: MockStartRequestSchema, response: MockSessionSchema },
  'mock:report': { request: z.object({ sessionId: OpaqueIdSchema }).strict(), response: MockReportSchema },
  'mock:list': { request: NoRequest, response: z.array(MockSessionSchema) },
  'mock:end': { request: z.object({ sessionId: OpaqueIdSchema }).strict(), response: MockSessionSchema },
  'mock:followUp': { request: MockFollowUpRequestSchema, response: MockSessionSchema },
  'mock:reminders': { request: ProgressRequestSchema, response: z.array(MockSessionSchema) },
} as const satisfies Record<`${string}:${string}`, { request: z.ZodType; response: z.ZodType }>;

export type Channels = typeof channels;
export type Channel = keyof Channels;
export type RequestOf<C extends Channel> = z.input<Channels[C]['request']>;
export type ParsedRequestOf<C extends Channel> = z.output<Channels[C]['request']>;
export type ResponseOf<C extends Channel> = z.output<Channels[C]['response']>;

export const channelNames = Object.keys(channels) as Channel[];

export const isChannel = (value: unknown): value is Channel => typeof value === 'string' && Object.hasOwn(channels, value);
