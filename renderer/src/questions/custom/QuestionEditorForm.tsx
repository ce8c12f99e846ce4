import { useId, useLayoutEffect, useState, type FormEvent } from 'react';
import type { Library } from '#shared/content/schema.js';
import type { CustomQuestionDraft } from '#shared/schemas/questions.js';
import { CriteriaField } from './CriteriaField.js';
import { describedBy, FieldError } from './FieldError.js';
import { MoreFields } from './MoreFields.js';
import { checkForm, firstInvalid, MORE_FIELDS, type FormErrors, type FormField, type QuestionForm } from './questionForm.js';

type Props = {
  library: Pick<Library, 'categories' | 'criteria'>;
  initial: QuestionForm;
  /** Whether the optional fields start open (when editing a question whose defaults the user may want to see). */
  moreOpen?: boolean;
  submitLabel: string;
  /** Saves the draft; a rejection's message is shown above the buttons. */
  onSubmit(draft: CustomQuestionDraft): Promise<void>;
  onCancel(): void;
  /** Told whenever the form starts or stops differing from `initial`, so closing can ask first. */
  onDirtyChange?(dirty: boolean): void;
  describeError(error: unknown): string;
};

/** The question form: validated on save, each message beside its field, focus taken to the first one. */
export function QuestionEditorForm({
  library,
  initial,
  moreOpen = false,
  submitLabel,
  onSubmit,
  onCancel,
  onDirtyChange,
  describeError,
}: Props) {
  const id = useId();
  const [form, setForm] = useState(initial);
  const [errors, setErrors] = useState<FormErrors>({});
  const [more, setMore] = useState(moreOpen);
  const [saving, setSaving] = useState(false);
  const [saveError, setSaveError] = useState<string | null>(null);
  const category = library.categories.find((c) => c.id === form.categoryId);
  const dirty = !sameForm(form, initial);
  // A layout effect, so the dialog knows before the next key is handled: with a passive effect an Esc
  // pressed right after the last keystroke could still see the form as changed (or as unchanged).
  useLayoutEffect(() => onDirtyChange?.(dirty), [dirty, onDirtyChange]);

  const fieldId: Record<FormField, string> = {
    text: `${id}-text`,
    categoryId: `${id}-category`,
    criteriaIds: `${id}-criteria`,
    listenFor: `${id}-more-listen`,
    starHint: `${id}-more-star`,
    followUps: `${id}-more-follow-0`,
    mustHaves: `${id}-more-must-0`,
    difficulty: `${id}-more-difficulty`,
  };

  const change = (patch: Partial<QuestionForm>) => {
    setForm((f) => ({ ...f, ...patch }));
    // A message goes once its field is edited; the rest stay until the next save.
    setErrors((e) => Object.fromEntries(Object.entries(e).filter(([field]) => !(field in patch))));
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSaveError(null);
    const { errors: found, draft } = checkForm(form, library);
    setErrors(found);
    const first = firstInvalid(found);
    if (!draft || first) {
      if (first && MORE_FIELDS.includes(first)) setMore(true);
      // After the render that shows the messages (and opens "More" if needed).
      requestAnimationFrame(() => document.getElementById(fieldId[first ?? 'text'])?.focus());
      return;
    }
    setSaving(true);
    try {
      await onSubmit(draft);
    } catch (error) {
      setSaveError(describeError(error));
    } finally {
      setSaving(false);
    }
  };

  return (
    <form className="question-editor" noValidate onSubmit={(e) => void submit(e)}>
      <div className="field">
        <label className="field__label" htmlFor={fieldId.text}>
          The question
        </label>
        <textarea
          id={fieldId.text}
          rows={3}
          value={form.text}
          aria-invalid={errors.text ? true : undefined}
          aria-describedby={describedBy(`${id}-text-hint`, errors.text && `${id}-text-error`)}
          onChange={(e) => change({ text: e.target.value })}
        />
        <p id={`${id}-text-hint`} className="field__hint">
          As the interviewer would ask it — for example, from the job posting: “Tell me about your experience with Epic scheduling.”
        </p>
        <FieldError id={`${id}-text-error`} message={errors.text} />
      </div>

      <div className="field">
        <label className="field__label" htmlFor={fieldId.categoryId}>
          Category
        </label>
        <select
          id={fieldId.categoryId}
          value={form.categoryId}
          aria-invalid={errors.categoryId ? true : undefined}
          aria-describedby={describedBy(category && `${id}-category-hint`, errors.categoryId && `${id}-category-error`)}
          onChange={(e) => change({ categoryId: e.target.value })}
        >
          <option value="">Choose a category…</option>
          {library.categories.map((c) => (
            <option key={c.id} value={c.id}>
              {c.label}
            </option>
          ))}
        </select>
        {category && (
          <p id={`${id}-category-hint`} className="field__hint">
            {category.description}
          </p>
        )}
        <FieldError id={`${id}-category-error`} message={errors.categoryId} />
      </div>

      <CriteriaField
        id={fieldId.criteriaIds}
        criteria={library.criteria}
        selected={form.criteriaIds}
        error={errors.criteriaIds}
        onChange={(criteriaIds) => change({ criteriaIds })}
      />

      <MoreFields id={`${id}-more`} form={form} errors={errors} open={more} onToggle={setMore} onChange={change} />

      {saveError && (
        <p className="error-text" role="alert">
          {saveError}
        </p>
      )}
      <div className="dialog__actions">
        <button type="submit" className="button button--primary" disabled={saving}>
          {saving ? 'Saving…' : submitLabel}
        </button>
        <button type="button" className="button button--quiet" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}

/** Field by field, so reopening "More" or retyping the same words does not count as a change. */
function sameForm(a: QuestionForm, b: QuestionForm): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
