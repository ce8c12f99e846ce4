import { z } from 'zod';

/** Ids in content are short lowercase slugs: stable across releases, safe in file names and URLs. */
export const SlugSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:[-_][a-z0-9]+)*$/, 'must be a lowercase slug like "upset-patient"')
  .max(64);

const Text = z.string().trim().min(1, 'must not be empty');

/** A quality the interviewer listens for, taken from one section of the guide. */
export const CriterionSchema = z.object({
  id: SlugSchema,
  label: Text.max(60),
  meaning: Text,
  listenFor: Text, // how to tell from listening back to a recording
  guideSection: Text,
});
export type Criterion = z.infer<typeof CriterionSchema>;

export const CategorySchema = z.object({
  id: SlugSchema,
  label: Text.max(60),
  description: Text,
  /** Where a mock interview places this category: opening first, closing last. */
  interviewStage: z.enum(['opening', 'behavioural', 'role', 'closing']),
});
export type Category = z.infer<typeof CategorySchema>;

export const QuestionSchema = z.object({
  id: SlugSchema,
  text: Text,
  categoryId: SlugSchema,
  criteriaIds: z.array(SlugSchema).min(1),
  listenFor: Text,
  starHint: Text,
  followUps: z.array(Text).min(1).max(3),
  difficulty: z.enum(['easy', 'medium', 'hard']),
});
export type Question = z.infer<typeof QuestionSchema>;

export const ChecklistItemSchema = z.object({
  id: SlugSchema,
  text: Text,
  detail: z.string().optional(),
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
