import type { LibraryQuestion } from '#shared/content/schema.js';
import { formatDateTime } from '#renderer/lib/format.js';
import type { AttemptStats } from './groupQuestions.js';

type Props = { question: LibraryQuestion; stats: AttemptStats | undefined; onPractice(): void };

export function QuestionRow({ question, stats, onPractice }: Props) {
  const count = stats?.count ?? 0;
  return (
    <button type="button" className="question-row" onClick={onPractice}>
      <span className="question-row__text">{question.text}</span>
      <span className="question-row__meta">
        <span className={`tag tag--${question.difficulty}`}>{question.difficulty}</span>
        <span>{count === 0 ? 'Not practiced yet' : `${count} ${count === 1 ? 'attempt' : 'attempts'}`}</span>
        {stats?.lastAt && <span>last {formatDateTime(stats.lastAt)}</span>}
        {question.custom && <span className="tag tag--yours">Yours</span>}
      </span>
    </button>
  );
}
