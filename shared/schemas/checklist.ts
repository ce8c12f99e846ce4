import { z } from 'zod';
import { SlugSchema } from '#shared/content/schema.js';

/** The guide's checklist shown while preparing (content/checklists.json). */
export const BEFORE_THE_INTERVIEW_CHECKLIST = 'before-the-interview';

/** Far more than the checklist holds (about a dozen items); bounds a damaged file or a hostile archive. */
export const MAX_CHECKLIST_TICKS = 200;

const TicksSchema = z.array(SlugSchema).max(MAX_CHECKLIST_TICKS);

/** What the user did with the "Before the interview" checklist: the items ticked, and whether it is folded away. */
export const ChecklistStateSchema = z.object({
  checked: TicksSchema,
  folded: z.boolean(),
});
export type ChecklistState = z.infer<typeof ChecklistStateSchema>;

export const EMPTY_CHECKLIST_STATE: ChecklistState = { checked: [], folded: false };

export const ChecklistTickRequestSchema = z.object({ itemId: SlugSchema, checked: z.boolean() }).strict();
export const ChecklistFoldRequestSchema = z.object({ folded: z.boolean() }).strict();

/** The ticks in an export archive (interview-checklist.json); folding is how this computer shows it, so it stays here. */
export const ChecklistTicksFileSchema = z.object({ checked: TicksSchema });
