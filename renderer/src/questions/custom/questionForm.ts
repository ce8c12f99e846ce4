import type { Library, LibraryQuestion, Question } from '#shared/content/schema.js';
import { CUSTOM_TEXT_LIMITS, CustomQuestionDraftSchema, type CustomQuestionDraft } from '#shared/schemas/questions.js';

/** The form as typed: strings and ticks, checked only when the user saves. */
export type QuestionForm = {
  text: string;
  categoryId: string;
  criteriaIds: string[];
  listenFor: string;
  starHint: string;
  followUps: [string, string, string];
  difficulty: Question['difficulty'];
  mustHaves: [string, string];
};

export type FormField = 'text' | 'categoryId' | 'criteriaIds' | 'listenFor' | 'starHint' | 'followUps' | 'difficulty' | 'mustHaves';
export type FormErrors = Partial<Record<FormField, string>>;

/** The fields under "More": an error in one of them opens it. */
export const MORE_FIELDS: readonly FormField[] = ['listenFor', 'starHint', 'followUps', 'mustHaves', 'difficulty'];

export const emptyForm = (categoryId = ''): QuestionForm => ({
  text: '',
  categoryId,
  criteriaIds: [],
  listenFor: '',
  starHint: '',
  followUps: ['', '', ''],
  difficulty: 'medium',
  mustHaves: ['', ''],
});

export function formFromQuestion(q: LibraryQuestion): QuestionForm {
  const [a = '', b = '', c = ''] = q.followUps;
  const [m1 = '', m2 = ''] = (q.mustHaves ?? []).map((m) => m.text);
  return {
    text: q.text,
    categoryId: q.categoryId,
    criteriaIds: [...q.criteriaIds],
    listenFor: q.listenFor,
    starHint: q.starHint,
    followUps: [a, b, c],
    difficulty: q.difficulty,
    mustHaves: [m1, m2],
  };
}

const tooLong = (value: string, limit: number) =>
  value.trim().length > limit ? `Keep it to ${limit} characters (it has ${value.trim().length}).` : undefined;

/**
 * Checks the form in the user's words, field by field, and builds the request main expects:
 * empty optional fields are left out so main fills its defaults. The shared schema has the last
 * word, so the form can never send what the contract refuses.
 */
export function checkForm(
  form: QuestionForm,
  library: Pick<Library, 'categories' | 'criteria'>,
): { errors: FormErrors; draft: CustomQuestionDraft | null } {
  const errors: FormErrors = {};
  const text = form.text.trim();
  if (text === '') errors.text = 'Write the question as the interviewer would ask it.';
  else errors.text = tooLong(text, CUSTOM_TEXT_LIMITS.text);
  if (!library.categories.some((c) => c.id === form.categoryId)) errors.categoryId = 'Choose the category it belongs to.';
  if (!form.criteriaIds.some((id) => library.criteria.some((c) => c.id === id))) {
    errors.criteriaIds = 'Tick at least one thing to judge your answer by.';
  }
  errors.listenFor = tooLong(form.listenFor, CUSTOM_TEXT_LIMITS.listenFor);
  errors.starHint = tooLong(form.starHint, CUSTOM_TEXT_LIMITS.starHint);
  errors.followUps = form.followUps.map((f) => tooLong(f, CUSTOM_TEXT_LIMITS.followUp)).find((e) => e !== undefined);
  errors.mustHaves = form.mustHaves.map((m) => tooLong(m, CUSTOM_TEXT_LIMITS.mustHave)).find((e) => e !== undefined);

  const present = Object.fromEntries(Object.entries(errors).filter(([, message]) => message !== undefined)) as FormErrors;
  if (Object.keys(present).length > 0) return { errors: present, draft: null };

  const optional = (value: string) => (value.trim() === '' ? undefined : value.trim());
  const followUps = form.followUps.map((f) => f.trim()).filter((f) => f !== '');
  const mustHaves = form.mustHaves.map((m) => m.trim()).filter((m) => m !== '');
  const parsed = CustomQuestionDraftSchema.safeParse({
    text,
    categoryId: form.categoryId,
    criteriaIds: form.criteriaIds,
    listenFor: optional(form.listenFor),
    starHint: optional(form.starHint),
    followUps: followUps.length > 0 ? followUps : undefined,
    difficulty: form.difficulty,
    mustHaves: mustHaves.length > 0 ? mustHaves : undefined,
  });
  if (!parsed.success) {
    const field = (parsed.error.issues[0]?.path[0] ?? 'text') as FormField;
    return { errors: { [field]: 'This does not look right; check it and try again.' }, draft: null };
  }
  return { errors: {}, draft: parsed.data };
}

/** The first field with an error, in the order they appear on screen, for focus to move to. */
export function firstInvalid(errors: FormErrors): FormField | undefined {
  const order: FormField[] = ['text', 'categoryId', 'criteriaIds', 'listenFor', 'starHint', 'followUps', 'mustHaves', 'difficulty'];
  return order.find((f) => errors[f] !== undefined);
}
