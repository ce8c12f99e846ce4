import { z } from 'zod';

/** Ids in content are short lowercase slugs: stable across releases, safe in file names and URLs. */
export const SlugSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:[-_][a-z0-9]+)*$/, 'must be a lowercase slug like "upset-patient"')
  .max(64);

const Text = z.string().trim().min(1, 'must not be empty');

/**
 * Where a piece of advice comes from. "guide": the Patient Coordinator guide says it, and
 * `guideQuote` holds its words (content:check finds them in the guide). "coaching": common
 * interview coaching the guide does not contain; the app labels it so. Absent means "guide".
 */
export const SourceSchema = z.enum(['guide', 'coaching']);
export type Source = z.infer<typeof SourceSchema>;
const GuideQuote = Text.max(300);

/** A quality the interviewer listens for, taken from one section of the guide. */
export const CriterionSchema = z.object({
  id: SlugSchema,
  label: Text.max(60),
  meaning: Text,
  listenFor: Text, // how to tell from listening back to a recording
  guideSection: Text,
  source: SourceSchema.optional(),
  guideQuote: GuideQuote.optional(),
});
export type Criterion = z.infer<typeof CriterionSchema>;

export const CategorySchema = z.object({
  id: SlugSchema,
  label: Text.max(60),
  description: Text,
  /** Where a mock interview places this category: opening first, closing last. */
  interviewStage: z.enum(['opening', 'behavioral', 'role', 'closing']),
});
export type Category = z.infer<typeof CategorySchema>;

/**
 * How a question wants to be answered. "behavioral" ("tell me about a time"): a real story in STAR
 * order, and the STAR marking controls show. "situational" ("what would you do"): a plan, step by
 * step. "general": everything else (motivation, knowledge, closing).
 */
export const AnswerTypeSchema = z.enum(['behavioral', 'situational', 'general']);
export type AnswerType = z.infer<typeof AnswerTypeSchema>;

/** One point this question's answer must make ("a qualified interpreter, not the son"), ticked in the review. */
export const MustHaveSchema = z.object({ id: SlugSchema, text: Text.max(160) });
export type MustHave = z.infer<typeof MustHaveSchema>;

export const QuestionSchema = z.object({
  id: SlugSchema,
  text: Text,
  categoryId: SlugSchema,
  criteriaIds: z.array(SlugSchema).min(1),
  listenFor: Text,
  starHint: Text,
  followUps: z.array(Text).min(1).max(3),
  difficulty: z.enum(['easy', 'medium', 'hard']),
  // Added in the second edition of the bank: optional so custom questions saved before still load.
  answerType: AnswerTypeSchema.optional(),
  mustHaves: z.array(MustHaveSchema).max(3).optional(),
});
export type Question = z.infer<typeof QuestionSchema>;

export const ChecklistItemSchema = z.object({
  id: SlugSchema,
  text: Text,
  detail: z.string().optional(),
  source: SourceSchema.optional(),
  guideQuote: GuideQuote.optional(),
});
export const ChecklistSchema = z.object({
  id: SlugSchema,
  title: Text,
  items: z.array(ChecklistItemSchema).min(1),
});
export type Checklist = z.infer<typeof ChecklistSchema>;

/** Everything the app knows to ask and to judge by: the built-in bank plus the user's own questions. */
export const LibrarySchema = z.object({
  criteria: z.array(CriterionSchema),
  categories: z.array(CategorySchema),
  questions: z.array(QuestionSchema.extend({ custom: z.boolean() })),
  checklists: z.array(ChecklistSchema),
});
export type Library = z.infer<typeof LibrarySchema>;
export type LibraryQuestion = Library['questions'][number];
