import { useState } from 'react';
import type { Library } from '#shared/content/schema.js';
import type { MockSession } from '#shared/schemas/mock.js';
import type { Settings } from '#shared/schemas/settings.js';
import { MockQuestion } from './MockQuestion.js';
import { MockStepper } from './MockStepper.js';
import './mock.css';

type Props = {
  session: MockSession;
  library: Library;
  settings: Settings;
  onFinished(): void;
};

/** A mock interview in progress: its questions one after another, then the report. */
export function MockRunScreen({ session, library, settings, onFinished }: Props) {
  const [index, setIndex] = useState(0);
  const questionId = session.questionIds[index];
  const next = () => (index + 1 >= session.questionIds.length ? onFinished() : setIndex(index + 1));

  return (
    <div className="screen screen--mock">
      <MockStepper library={library} questionIds={session.questionIds} current={index} />
      {questionId !== undefined && (
        <MockQuestion
          key={index}
          sessionId={session.id}
          questionId={questionId}
          library={library}
          settings={settings}
          onNext={next}
          onEnd={onFinished}
        />
      )}
    </div>
  );
}
