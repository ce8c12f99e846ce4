import { useEffect, useId, useMemo, useState } from 'react';
import type { Library } from '#shared/content/schema.js';
import { useClient } from '#renderer/api/ClientContext.js';
import { backLabel, type Screen } from '#renderer/lib/screen.js';
import { useFocusOnMount } from '#renderer/lib/useFocusOnMount.js';
import { useRemote } from '#renderer/lib/useRemote.js';
import { CompareTable } from './CompareTable.js';
import { TakePlayer } from './TakePlayer.js';
import { takeLabel } from './takeLabel.js';
import './compare.css';

type Props = { questionId: string; library: Library; back?: Screen; onNavigate(screen: Screen): void };

/** Two takes of one question side by side: replay each, and read their reviews and measurements across. */
export function CompareScreen({ questionId, library, back, onNavigate }: Props) {
  const client = useClient();
  const heading = useFocusOnMount<HTMLHeadingElement>();
  const question = library.questions.find((q) => q.id === questionId);
  const takes = useRemote(() => client.attempts.list({ questionId }), [client, questionId]);
  const [aId, setA] = useState<string | null>(null);
  const [bId, setB] = useState<string | null>(null);
  const pickA = useId();
  const pickB = useId();
  const list = useMemo(() => takes.data ?? [], [takes.data]);

  // The newest take against the one before it, until the user picks others.
  useEffect(() => {
    if (list.length >= 2 && aId === null) {
      setA(list[1]!.id);
      setB(list[0]!.id);
    }
  }, [list, aId]);

  const a = list.find((t) => t.id === aId);
  const b = list.find((t) => t.id === bId);
  const criteria = (question?.criteriaIds ?? []).flatMap((id) => library.criteria.filter((c) => c.id === id));
  const goBack = () => onNavigate(back ?? { name: 'progress' });

  return (
    <div className="screen">
      <button type="button" className="button button--quiet back-link" onClick={goBack}>
        {back ? backLabel(back) : '← Back to progress'}
      </button>
      <div className="screen__intro">
        <h1 ref={heading} tabIndex={-1}>
          Compare takes
        </h1>
        <p className="compare__question">{question?.text ?? 'This question is no longer in the library.'}</p>
      </div>
      {takes.error && (
        <p className="error-text" role="alert">
          The takes could not be loaded: {takes.error}
        </p>
      )}
      {takes.data && list.length < 2 && (
        <section className="card empty-state">
          <h2>Not enough takes yet</h2>
          <p>Record at least two takes of this question to compare them.</p>
          {question && (
            <button type="button" className="button button--primary" onClick={() => onNavigate({ name: 'practice', questionId, back })}>
              Practice this question
            </button>
          )}
        </section>
      )}
      {list.length >= 2 && (
        <>
          <div className="compare__pickers">
            {(
              [
                ['A', pickA, aId, setA],
                ['B', pickB, bId, setB],
              ] as const
            ).map(([name, id, value, set]) => (
              <div key={name} className="field">
                <label className="field__label" htmlFor={id}>
                  Take {name}
                </label>
                <select id={id} value={value ?? ''} onChange={(e) => set(e.target.value)}>
                  {list.map((t) => (
                    <option key={t.id} value={t.id}>
                      {takeLabel(t)}
                    </option>
                  ))}
                </select>
              </div>
            ))}
          </div>
          {a && b && a.id === b.id && <p className="quiet-note">Both sides show the same take: pick another for A or B.</p>}
          <div className="compare__players">
            {a && <TakePlayer key={`a-${a.id}`} name="A" attempt={a} />}
            {b && <TakePlayer key={`b-${b.id}`} name="B" attempt={b} />}
          </div>
          {a && b && <CompareTable a={a} b={b} criteria={criteria} />}
        </>
      )}
    </div>
  );
}
