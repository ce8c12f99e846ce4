type Item = { questionId: string; text: string; note: string };

type Props = {
  items: readonly Item[];
  /** Names the list for screen readers. */
  label: string;
  onPractice(questionId: string): void;
  secondary?: { label: string; onClick(questionId: string): void };
};

/** Questions with a note each and a button or two; every button names its question for screen readers. */
export function DueList({ items, label, onPractice, secondary }: Props) {
  return (
    <ul className="due-list" aria-label={label}>
      {items.map((item) => (
        <li key={item.questionId} className="due-row">
          <span className="due-row__text">{item.text}</span>
          <span className="due-row__note">{item.note}</span>
          <span className="due-row__actions">
            <button type="button" className="button button--small" onClick={() => onPractice(item.questionId)}>
              Practice<span className="visually-hidden">: {item.text}</span>
            </button>
            {secondary && (
              <button type="button" className="button button--small button--quiet" onClick={() => secondary.onClick(item.questionId)}>
                {secondary.label}
                <span className="visually-hidden">: {item.text}</span>
              </button>
            )}
          </span>
        </li>
      ))}
    </ul>
  );
}
