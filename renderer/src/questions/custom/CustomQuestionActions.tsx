import type { LibraryQuestion } from '#shared/content/schema.js';

type Props = { question: LibraryQuestion; onEdit(): void; onDelete(): void };

/**
 * Edit and Delete beside one of the user's own questions. Each name carries the question, so a
 * screen reader's list of buttons says which one; it starts with the visible word, so voice
 * control ("click Edit") still finds it.
 */
export function CustomQuestionActions({ question, onEdit, onDelete }: Props) {
  return (
    <div className="custom-actions">
      <button type="button" className="button" aria-label={`Edit: ${question.text}`} onClick={onEdit}>
        Edit
      </button>
      <button type="button" className="button button--danger" aria-label={`Delete: ${question.text}`} onClick={onDelete}>
        Delete
      </button>
    </div>
  );
}
