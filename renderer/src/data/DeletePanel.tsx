import { useId, useState } from 'react';
import { DELETE_EVERYTHING_CONFIRMATION } from '#shared/schemas/storage.js';
import { useClient } from '#renderer/api/ClientContext.js';
import { Dialog } from '#renderer/ui/Dialog.js';
import { errorText } from '#renderer/lib/errorText.js';
import { plural } from '#renderer/lib/format.js';
import type { QuestionOption } from '#renderer/lib/questionOptions.js';
import { focusOnMount } from '#renderer/lib/focusOnMount.js';

type Props = { questions: QuestionOption[]; onDeleted(what: 'question' | 'everything'): void };

/** Delete every answer to one question, or everything, each behind a confirmation. */
export function DeletePanel({ questions, onDeleted }: Props) {
  const client = useClient();
  const id = useId();
  const [questionId, setQuestionId] = useState('');
  const [dialog, setDialog] = useState<'question' | 'everything' | null>(null);
  const [typed, setTyped] = useState('');
  const [status, setStatus] = useState<{ error: boolean; text: string } | null>(null);
  const question = questions.find((q) => q.id === questionId);

  const close = () => {
    setDialog(null);
    setTyped('');
  };

  const run = async (what: 'question' | 'everything') => {
    close();
    try {
      if (what === 'question' && question) {
        const { deleted } = await client.attempts.deleteQuestion({ questionId: question.id });
        setStatus({ error: false, text: `Deleted ${plural(deleted, 'answer')} to “${question.text}”.` });
        setQuestionId('');
      } else {
        const done = await client.data.deleteEverything({ confirm: DELETE_EVERYTHING_CONFIRMATION });
        setStatus({
          error: false,
          text: `Everything was deleted: ${plural(done.deletedAttempts, 'answer')}, ${plural(done.deletedRecordingFiles, 'recording file')}, ${plural(done.deletedExports, 'export')}; settings are back to their first-run values.`,
        });
      }
      onDeleted(what);
    } catch (e) {
      setStatus({ error: true, text: `Not deleted: ${errorText(e)}` });
    }
  };

  return (
    <section className="card data-panel data-panel--danger" aria-labelledby="delete-title">
      <h2 id="delete-title">Delete</h2>
      <div className="field">
        <label className="field__label" htmlFor={`${id}-question`}>
          All answers to one question
        </label>
        <div className="field__row data-delete-row">
          <select
            id={`${id}-question`}
            value={questionId}
            onChange={(e) => setQuestionId(e.target.value)}
            disabled={questions.length === 0}
          >
            <option value="">{questions.length ? 'Choose a question…' : 'No answers yet'}</option>
            {questions.map((q) => (
              <option key={q.id} value={q.id}>
                {q.text} ({q.answers})
              </option>
            ))}
          </select>
          <button type="button" className="button button--danger" disabled={!question} onClick={() => setDialog('question')}>
            Delete answers…
          </button>
        </div>
      </div>
      <div className="field">
        <span className="field__label">Everything</span>
        <p className="field__hint">
          Every answer, review, recording and export, your own questions, mock interviews and facility profile, and your settings. This
          cannot be undone; export first if you may want it back.
        </p>
        <div>
          <button type="button" className="button button--danger" onClick={() => setDialog('everything')}>
            Delete everything…
          </button>
        </div>
      </div>
      <p className={status?.error ? 'error-text' : 'save-status'} role={status?.error ? 'alert' : 'status'}>
        {status?.text ?? ''}
      </p>

      <Dialog open={dialog === 'question'} title="Delete these answers?" onClose={close}>
        <p>
          {question?.answers === 1 ? 'The' : 'All'} {plural(question?.answers ?? 0, 'answer')} to “{question?.text}” will be deleted, with
          their recordings and reviews.
        </p>
        <div className="dialog__actions">
          <button type="button" className="button button--danger" onClick={() => void run('question')}>
            Delete {plural(question?.answers ?? 0, 'answer')}
          </button>
          <button type="button" className="button" ref={focusOnMount} onClick={close}>
            Cancel
          </button>
        </div>
      </Dialog>

      <Dialog open={dialog === 'everything'} title="Delete everything?" onClose={close}>
        <p>
          Every answer, review, recording and export goes, with your own questions, mock interviews and facility profile, and settings
          return to their first-run values. This cannot be undone.
        </p>
        <label className="field" htmlFor={`${id}-confirm`}>
          <span className="field__label">Type {DELETE_EVERYTHING_CONFIRMATION} to confirm</span>
          <input
            id={`${id}-confirm`}
            type="text"
            autoComplete="off"
            spellCheck={false}
            value={typed}
            onChange={(e) => setTyped(e.target.value)}
          />
        </label>
        <div className="dialog__actions">
          <button
            type="button"
            className="button button--danger"
            disabled={typed !== DELETE_EVERYTHING_CONFIRMATION}
            onClick={() => void run('everything')}
          >
            Delete everything
          </button>
          <button type="button" className="button" onClick={close}>
            Cancel
          </button>
        </div>
      </Dialog>
    </section>
  );
}
