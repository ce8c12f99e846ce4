import { useEffect, useId, useRef, useState } from 'react';
import type { Library } from '#shared/content/schema.js';
import { BEFORE_THE_INTERVIEW_CHECKLIST, EMPTY_CHECKLIST_STATE, type ChecklistState } from '#shared/schemas/checklist.js';
import { useClient } from '#renderer/api/ClientContext.js';
import { describeError } from '#renderer/api/messages.js';
import { useRemote } from '#renderer/lib/useRemote.js';
import { daysBetween, interviewCountdown, todayKey } from '#renderer/profile/index.js';
import { ChecklistItems } from './ChecklistItems.js';
import './checklist.css';

type Props = {
  library: Pick<Library, 'checklists'>;
  /**
   * The home screen shows it only until the interview day has passed (the countdown sits just
   * above it there); the mock interview setup always shows it, with the countdown in its heading.
   */
  where: 'home' | 'mock';
};

type SaveStatus = 'idle' | 'saving' | 'saved' | { error: string };

/**
 * The guide's "Before the interview" checklist, where a person preparing looks. Each tick and
 * each fold is saved as it happens (in main, through the contract); the heading is a button that
 * folds the list to one line, so it never nags, and it stays folded until unfolded again.
 */
export function BeforeInterviewChecklist({ library, where }: Props) {
  const client = useClient();
  const checklist = library.checklists.find((c) => c.id === BEFORE_THE_INTERVIEW_CHECKLIST);
  const remote = useRemote(() => Promise.all([client.checklist.get(), client.profile.get()]), [client]);
  const [state, setState] = useState<ChecklistState | null>(null);
  const [status, setStatus] = useState<SaveStatus>('idle');
  const listId = useId();
  const titleId = useId();
  // Saves go one after another, so two quick ticks cannot land in the wrong order.
  const queue = useRef<Promise<unknown>>(Promise.resolve());

  useEffect(() => {
    if (remote.data) setState(remote.data[0]);
  }, [remote.data]);

  // On the home screen, until main answers, the list as a new profile has it (nothing ticked, open):
  // that screen is drawn at once (prerendered), and a list appearing later would push the questions down.
  const shown = state ?? (where === 'home' ? EMPTY_CHECKLIST_STATE : null);
  if (!checklist || !shown) return null;
  const profile = remote.data?.[1] ?? null;
  const today = todayKey();
  if (where === 'home' && profile?.interviewDate && daysBetween(today, profile.interviewDate) < 0) return null;

  // Folding says nothing when it works (a "Saved" under a folded list would only be noise); a tick says it is kept.
  const save = (next: ChecklistState, send: () => Promise<ChecklistState>, quiet = false) => {
    setState(next);
    setStatus(quiet ? 'idle' : 'saving');
    queue.current = queue.current.then(async () => {
      try {
        setState(await send());
        setStatus(quiet ? 'idle' : 'saved');
      } catch (error) {
        setStatus({ error: describeError(error) });
      }
    });
  };
  const toggle = (itemId: string, checked: boolean) =>
    save({ ...shown, checked: checked ? [...shown.checked, itemId] : shown.checked.filter((id) => id !== itemId) }, () =>
      client.checklist.tick({ itemId, checked }),
    );
  const fold = (folded: boolean) => save({ ...shown, folded }, () => client.checklist.fold({ folded }), true);

  const known = new Set(checklist.items.map((i) => i.id));
  const done = shown.checked.filter((id) => known.has(id)).length;
  const total = checklist.items.length;
  const countdown = where === 'mock' && profile ? interviewCountdown(profile, today) : null;
  const progress = done === total ? `All ${total} done` : `${done} of ${total} done`;

  return (
    <section className="card checklist" aria-labelledby={titleId}>
      <h2 className="checklist__heading" id={titleId}>
        <button
          type="button"
          className="checklist__toggle"
          aria-expanded={!shown.folded}
          aria-controls={listId}
          onClick={() => fold(!shown.folded)}
        >
          <span className="checklist__chevron" aria-hidden="true" />
          <span className="checklist__title">{checklist.title}</span>
          <span className="checklist__progress">
            {countdown ? `${countdown} · ` : ''}
            {progress}
          </span>
        </button>
      </h2>
      <div id={listId} hidden={shown.folded}>
        <p className="muted checklist__intro">
          From the interview guide: what to have ready before the day. Tick each as you go
          {where === 'home' ? '; the mock interview screen has the details of each.' : '.'}
        </p>
        <ChecklistItems items={checklist.items} checked={shown.checked} onToggle={toggle} compact={where === 'home'} />
      </div>
      <p className={`save-status ${typeof status === 'object' ? 'save-status--error' : ''}`} role="status">
        {status === 'saving' ? 'Saving…' : status === 'saved' ? 'Saved' : typeof status === 'object' ? `Not saved: ${status.error}` : ''}
      </p>
    </section>
  );
}
