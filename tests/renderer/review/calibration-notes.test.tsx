// @vitest-environment happy-dom
import { act } from 'react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Criterion } from '#shared/content/schema.js';
import { EMPTY_STAR_MARKS, type Review } from '#shared/schemas/attempt.js';
import { ClientContext } from '#renderer/api/ClientContext.js';
import type { StudioClient } from '#renderer/api/client.js';
import { ReviewChecklist, type ReviewFacts } from '#renderer/review/ReviewChecklist.js';
import { makeAttempt } from '#tests/support/attempt-factory.js';
import { useMountedRoot } from '#tests/support/mount.js';

const view = useMountedRoot();

const criteria: Criterion[] = [
  { id: 'length', label: 'Concise, within the target length', meaning: 'm', listenFor: 'l', guideSection: 's' },
  { id: 'star', label: 'STAR structure', meaning: 'm', listenFor: 'l', guideSection: 's' },
];
const attempt = makeAttempt({ durationMs: 190_000 });
const facts: ReviewFacts = {
  durationMs: 190_000,
  measurements: null,
  starMarks: { ...EMPTY_STAR_MARKS, situation: 0, action: 20_000 },
  target: { minSeconds: 60, maxSeconds: 120 },
};
const client = {
  attempts: { review: vi.fn(async ({ review }: { review: Review }) => ({ ...attempt, review })) },
} as unknown as StudioClient;

beforeEach(() => {
  act(() =>
    view.root.render(
      <ClientContext.Provider value={client}>
        <ReviewChecklist attempt={attempt} criteria={criteria} onSaved={() => {}} facts={facts} />
      </ClientContext.Provider>,
    ),
  );
});

const note = (id: string) => view.container.querySelector(`[data-criterion="${id}"] .criterion__calibration`)!;
/** Ticks a mark and lets its save (which is at once) finish. */
const tick = (id: string, label: string) =>
  act(async () => {
    [...view.container.querySelectorAll<HTMLInputElement>(`[data-criterion="${id}"] input[type="radio"]`)]
      .find((r) => r.value === label)!
      .click();
    await new Promise((r) => setTimeout(r, 0));
  });

describe('calibration notes in the checklist', () => {
  it('appear in a polite live region under the criterion when a tick meets a contradicting fact', async () => {
    expect(note('length').getAttribute('role')).toBe('status');
    expect(note('length').textContent).toBe('');
    await tick('length', 'met');
    expect(note('length').textContent).toBe('You marked this concise, but it ran 3:10 — over your 2:00 target.');
    await tick('star', 'met');
    expect(note('star').textContent).toContain('no Result is marked');
  });

  it('go away when the tick changes', async () => {
    await tick('length', 'met');
    await tick('length', 'partly');
    expect(note('length').textContent).toBe('');
  });
});
