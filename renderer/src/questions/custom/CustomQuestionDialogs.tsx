import { useState } from 'react';
import type { Library } from '#shared/content/schema.js';
import type { CustomQuestionDraft } from '#shared/schemas/questions.js';
import { useClient } from '#renderer/api/ClientContext.js';
import { Dialog } from '#renderer/ui/Dialog.js';
import { errorText } from '#renderer/lib/errorText.js';
import { DeleteQuestionDialog } from './DeleteQuestionDialog.js';
import { DiscardChangesDialog } from './DiscardChangesDialog.js';
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
  const [dirty, setDirty] = useState(false);
  const [askingToDiscard, setAskingToDiscard] = useState(false);
  if (!editing) return null;

  const close = () => {
    setDirty(false);
    setAskingToDiscard(false);
    editor.close();
  };
  // Esc and Cancel both come here: with edits in the form, ask before throwing them away.
  const requestClose = () => (dirty ? setAskingToDiscard(true) : close());

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
    setDirty(false);
    editor.finish({ kind: creating ? 'added' : 'saved', question });
  };
  return (
    <>
      <Dialog
        open
        title={creating ? 'Add your own question' : 'Edit your question'}
        onClose={requestClose}
        className="dialog--question-editor"
      >
        <QuestionEditorForm
          library={library}
          initial={creating ? emptyForm(editing.categoryId) : formFromQuestion(editing.question)}
          submitLabel={creating ? 'Add question' : 'Save changes'}
          describeError={errorText}
          onSubmit={save}
          onCancel={requestClose}
          onDirtyChange={setDirty}
        />
      </Dialog>
      {askingToDiscard && <DiscardChangesDialog onKeepEditing={() => setAskingToDiscard(false)} onDiscard={close} />}
    </>
  );
}
