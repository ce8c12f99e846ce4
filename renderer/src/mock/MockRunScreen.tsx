import { useState } from 'react';
import type { Library } from '#shared/content/schema.js';
import type { MockSession } from '#shared/schemas/mock.js';
import type { Settings } from '#shared/schemas/settings.js';
import { mockFollowUpIndex } from '#shared/progress/mock-follow-ups.js';
import { useClient } from '#renderer/api/ClientContext.js';
import { MockQuestion } from './MockQuestion.js';
import { MockStepper } from './MockStepper.js';
import './mock.css';

type Props = {
  session: MockSession;
  library: Library;
  settings: Settings;
  /** Set when an interrupted interview is resumed: its first question here waits for Start. */
  startIndex?: number;
  onFinished(): void;
};

/** A mock interview in progress: its questions one after another, then the report. */
export function MockRunScreen({ session, library, settings, startIndex, onFinished }: Props) {
  const client = useClient();
  const [index, setIndex] = useState(startIndex ?? 0);
  const questionId = session.questionIds[index];
  const followUps = library.questions.find((q) => q.id === questionId)?.followUps.length ?? 0;
  // Finished or ended: no longer offered for resuming. The report opens even if that write fails
  // (the worst case is an offer to resume an interview that is over, which can then be ended).
  const finish = () => {
    void client.mock.end({ sessionId: session.id }).then(onFinished, onFinished);
  };
  const next = () => (index + 1 >= session.questionIds.length ? finish() : setIndex(index + 1));

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
          resumed={startIndex !== undefined && index === startIndex}
          followUpIndex={mockFollowUpIndex(session, index, followUps)}
          onNext={next}
          onEnd={finish}
        />
      )}
    </div>
  );
}
