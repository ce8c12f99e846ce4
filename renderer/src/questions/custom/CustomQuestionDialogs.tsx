import type { Library } from '../../../../shared/content/schema.js';
import type { CustomQuestionDraft } from '../../../../shared/schemas/custom-questions.js';
import { useClient } from '../../api/ClientContext.js';
import { Dialog } from '../../app/Dialog.js';
import { errorText } from '../../data/errorText.js';
import { DeleteQuestionDialog } from './DeleteQuestionDialog.js';
import { QuestionEditorForm } from './QuestionEditorForm.js';
import { emptyForm, formFromQuestion } from './questionForm.js';
import type { CustomQuestionEditor } from './useCustomQuestionEditor.js';
import './custom.css';

type Props = {
  editor: CustomQuestionEditor;
  library: Library;
  /** Fetches the library (and counts) again after a change, before the dialog closes. */
  onChanged(): Promise<void>;
};

/** The add, edit and delete dialogs of the question list; each talks to main and reports what it did. */
export function CustomQuestionDialogs({ editor, library, onChanged }: Props) {
  const client = useClient();
  const { editing } = editor;
  if (!editing) return null;

  if (editing.kind === 'delete') {
    const { question } = editing;
    return (
      <DeleteQuestionDialog
        question={question}
        answers={editing.answers}
        describeError={errorText}
        onCancel={editor.close}
        onConfirm={async () => {
          const { answersKept } = await client.questions.delete({ questionId: question.id });
          await onChanged().catch(() => undefined);
          editor.finish({ kind: 'deleted', text: question.text, answersKept });
        }}
      />
    );
  }

  const creating = editing.kind === 'create';
  const save = async (draft: CustomQuestionDraft) => {
    const question = creating
      ? await client.questions.create(draft)
      : await client.questions.update({ questionId: editing.question.id, question: draft });
    await onChanged().catch(() => undefined); // saved either way; the list catches up on the next load
    editor.finish({ kind: creating ? 'added' : 'saved', question });
  };
  return (
    <Dialog open title={creating ? 'Add your own question' : 'Edit your question'} onClose={editor.close} className="dialog--question-editor">
      <QuestionEditorForm
        library={library}
        initial={creating ? emptyForm(editing.categoryId) : formFromQuestion(editing.question)}
        submitLabel={creating ? 'Add question' : 'Save changes'}
        describeError={errorText}
        onSubmit={save}
        onCancel={editor.close}
      />
    </Dialog>
  );
}
