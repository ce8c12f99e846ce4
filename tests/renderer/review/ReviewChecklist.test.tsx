// @vitest-environment happy-dom
import { act } from 'react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Criterion, MustHave } from '#shared/content/schema.js';
import type { Attempt, Review } from '#shared/schemas/attempt.js';
import { ClientContext } from '#renderer/api/ClientContext.js';
import type { StudioClient } from '#renderer/api/client.js';
import { ReviewChecklist } from '#renderer/review/ReviewChecklist.js';
import { makeAttempt } from '#tests/support/attempt-factory.js';
import { useMountedRoot } from '#tests/support/mount.js';

const view = useMountedRoot();

const criteria: Criterion[] = ['star', 'empathy'].map((id) => ({
  id,
  label: id === 'star' ? 'STAR structure' : 'Empathy',
  meaning: 'What it means.',
  listenFor: 'What to listen for.',
  guideSection: 'Section',
}));

const attempt: Attempt = makeAttempt({
  id: '00000000-0000-4000-8000-000000000001',
  questionId: 'upset-patient',
  mimeType: 'audio/webm',
  sizeBytes: 1000,
});

let saved: Review[];
let failNext: boolean;

function render(mustHaves?: MustHave[]) {
  const client = {
    attempts: {
      review: vi.fn(async ({ review }: { review: Review }) => {
        if (failNext) {
          failNext = false;
          throw new Error('disk went away');
        }
        saved.push(review);
        return { ...attempt, review };
      }),
    },
  } as unknown as StudioClient;
  act(() =>
    view.root.render(
      <ClientContext.Provider value={client}>
        <ReviewChecklist attempt={attempt} criteria={criteria} mustHaves={mustHaves} onSaved={() => {}} />
      </ClientContext.Provider>,
    ),
  );
}

/** Types into a controlled field the way React listens for it. */
function typeInto(element: HTMLTextAreaElement, text: string) {
  const setter = Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value')!.set!;
  act(() => {
    setter.call(element, text);
    element.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

const flushPromises = () => act(async () => void (await new Promise((r) => setTimeout(r, 0))));

describe('ReviewChecklist autosave', () => {
  beforeEach(() => {
    saved = [];
    failNext = false;
  });

  it('saves a mark at once', async () => {
    render();
    const met = view.container.querySelector<HTMLInputElement>('input[name="mark-star"][value="met"]')!;
    act(() => met.click());
    await flushPromises();
    expect(saved.at(-1)?.marks).toEqual({ star: 'met' });
    expect(view.container.textContent).toContain('Saved');
  });

  it('number keys cycle the mark of criterion n', async () => {
    render();
    act(() => void window.dispatchEvent(new KeyboardEvent('keydown', { key: '2', bubbles: true })));
    await flushPromises();
    expect(saved.at(-1)?.marks).toEqual({ empathy: 'met' });
  });

  it('flushes typed text when the window is closed before the debounce fires', async () => {
    render();
    const textarea = view.container.querySelector('textarea')!;
    typeInto(textarea, 'Lead with the result');
    expect(saved).toEqual([]);
    act(() => void window.dispatchEvent(new Event('pagehide')));
    await flushPromises();
    expect(saved.at(-1)?.nextTime).toBe('Lead with the result');
  });

  it('flushes typed text when the window is hidden', async () => {
    render();
    typeInto(view.container.querySelector('textarea')!, 'Breathe');
    Object.defineProperty(document, 'visibilityState', { value: 'hidden', configurable: true });
    act(() => void document.dispatchEvent(new Event('visibilitychange')));
    await flushPromises();
    Object.defineProperty(document, 'visibilityState', { value: 'visible', configurable: true });
    expect(saved.at(-1)?.nextTime).toBe('Breathe');
  });

  it('a failed save is shown plainly and can be retried', async () => {
    render();
    failNext = true;
    act(() => view.container.querySelector<HTMLInputElement>('input[name="rating"][value="4"]')!.click());
    await flushPromises();
    const alert = view.container.querySelector('[role="alert"]');
    expect(alert?.textContent).toContain('could not be saved');
    const retry = [...view.container.querySelectorAll('button')].find((b) => b.textContent === 'Try saving again')!;
    act(() => retry.click());
    await flushPromises();
    expect(saved.at(-1)?.rating).toBe(4);
    expect(view.container.querySelector('[role="alert"]')).toBeNull();
  });
});

describe('ReviewChecklist must-haves', () => {
  const mustHaves: MustHave[] = [
    { id: 'qualified-interpreter', text: 'A qualified interpreter, not the son' },
    { id: 'tell-clinician', text: 'The clinician hears about the delay' },
  ];

  beforeEach(() => {
    saved = [];
    failNext = false;
  });

  it('shows the question’s must-haves after the criteria and saves a mark on one at once', async () => {
    render(mustHaves);
    const heading = [...view.container.querySelectorAll('h3')].find((h) => h.textContent === 'This question’s must-haves');
    expect(heading).toBeDefined();
    const legends = [...view.container.querySelectorAll('fieldset.criterion legend')].map((l) => l.textContent);
    expect(legends).toEqual([
      '1STAR structure',
      '2Empathy',
      '3A qualified interpreter, not the son',
      '4The clinician hears about the delay',
    ]);
    act(() => view.container.querySelector<HTMLInputElement>('input[name="must-have-qualified-interpreter"][value="partly"]')!.click());
    await flushPromises();
    expect(saved.at(-1)).toMatchObject({ marks: {}, mustHaveMarks: { 'qualified-interpreter': 'partly' } });
  });

  it('numbers them after the criteria for the keys', async () => {
    render(mustHaves);
    act(() => void window.dispatchEvent(new KeyboardEvent('keydown', { key: '4', bubbles: true })));
    await flushPromises();
    expect(saved.at(-1)?.mustHaveMarks).toEqual({ 'tell-clinician': 'met' });
    expect(view.container.textContent).toContain('Number keys 1–4');
  });

  it('shows no must-have section for a question without any', () => {
    render();
    expect(view.container.querySelector('.review__must-haves')).toBeNull();
  });
});
