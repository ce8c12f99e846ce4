import { z } from 'zod';
import { LibrarySchema, QuestionSchema, SlugSchema } from '#shared/content/schema.js';
import { IsoDateSchema } from './ids.js';

/**
 * The user's own questions. Main gives each one an id with this prefix; no built-in id has it
 * (the content check refuses one), so a question written on one computer can never take the
 * place of a built-in question on another.
 */
export const CUSTOM_QUESTION_ID_PREFIX = 'custom-';
export const isCustomQuestionId = (id: string): boolean => id.startsWith(CUSTOM_QUESTION_ID_PREFIX);

/** How an answer to a question the user has since deleted is named wherever it still shows. */
export const DELETED_QUESTION_LABEL = '(deleted question)';

/** Plenty for a question taken from a job posting; the store file is rewritten whole on each change. */
export const MAX_CUSTOM_QUESTIONS = 1000;
export const CUSTOM_TEXT_LIMITS = { text: 500, listenFor: 1000, starHint: 1000, followUp: 300, mustHave: 160 } as const;

const question = QuestionSchema.shape;

/**
 * What the user writes: the question, its category and the criteria to judge it by. The rest is
 * optional; main fills sensible defaults (see electron/services/questions/defaults.ts).
 */
export const CustomQuestionDraftSchema = z
  .object({
    text: question.text.max(CUSTOM_TEXT_LIMITS.text),
    categoryId: question.categoryId,
    criteriaIds: question.criteriaIds.max(32),
    listenFor: question.listenFor.max(CUSTOM_TEXT_LIMITS.listenFor).optional(),
    starHint: question.starHint.max(CUSTOM_TEXT_LIMITS.starHint).optional(),
    followUps: z.array(question.followUps.element.max(CUSTOM_TEXT_LIMITS.followUp)).max(3).optional(),
    difficulty: question.difficulty.optional(),
    /** Points the answer must make, in the user's words; main gives each an id from its text. */
    mustHaves: z.array(question.text.max(CUSTOM_TEXT_LIMITS.mustHave)).max(3).optional(),
  })
  .strict();
export type CustomQuestionDraft = z.infer<typeof CustomQuestionDraftSchema>;

export const CustomQuestionIdSchema = SlugSchema.refine(isCustomQuestionId, 'must be the id of one of your own questions');

/** A question as the data folder keeps it: when it was written and last changed, so an import can tell which copy is newer. */
export const StoredCustomQuestionSchema = QuestionSchema.extend({
  id: CustomQuestionIdSchema,
  createdAt: IsoDateSchema,
  updatedAt: IsoDateSchema,
});
export type StoredCustomQuestion = z.infer<typeof StoredCustomQuestionSchema>;

/** One question of the library as the renderer receives it (`custom: true` for the user's own). */
export const LibraryQuestionSchema = LibrarySchema.shape.questions.element;

export const UpdateCustomQuestionSchema = z.object({ questionId: SlugSchema, question: CustomQuestionDraftSchema }).strict();

export const DeleteCustomQuestionResultSchema = z.object({
  deleted: z.literal(true),
  /** Answers to it that stay in the history, progress and exports. */
  answersKept: z.number().int().min(0),
});
