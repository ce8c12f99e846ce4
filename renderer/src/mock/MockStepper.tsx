import type { Library } from '#shared/content/schema.js';

type Props = { library: Library; questionIds: readonly string[]; current: number };

const STAGE_LABEL = { opening: 'Opening', behavioral: 'Behavioral', role: 'Role knowledge', closing: 'Closing' } as const;

/** Where the interview is: one step per question, named by its interview stage. */
export function MockStepper({ library, questionIds, current }: Props) {
  const stageOf = (questionId: string) => {
    const q = library.questions.find((x) => x.id === questionId);
    const stage = library.categories.find((c) => c.id === q?.categoryId)?.interviewStage;
    return stage ? STAGE_LABEL[stage] : 'Question';
  };
  return (
    <nav className="mock-stepper" aria-label="Interview progress">
      <p className="mock-stepper__title">
        Mock interview · question {Math.min(current + 1, questionIds.length)} of {questionIds.length}
      </p>
      <ol className="mock-stepper__steps">
        {questionIds.map((id, i) => (
          <li
            key={`${id}-${i}`}
            className={`mock-step ${i < current ? 'mock-step--done' : ''} ${i === current ? 'mock-step--current' : ''}`}
            aria-current={i === current ? 'step' : undefined}
          >
            <span className="mock-step__number" aria-hidden="true">
              {i < current ? '✓' : i + 1}
            </span>
            <span className="mock-step__label">
              {stageOf(id)}
              {i < current && <span className="visually-hidden"> (done)</span>}
            </span>
          </li>
        ))}
      </ol>
    </nav>
  );
}
