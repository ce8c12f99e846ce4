// @vitest-environment happy-dom
import { act } from 'react';
import { describe, expect, it } from 'vitest';
import { StarTimingPanel } from '#renderer/star/StarTimingPanel.js';
import { EMPTY_STAR_MARKS } from '#shared/schemas/attempt.js';

import { useMountedRoot } from '#tests/support/mount.js';

const mounted = useMountedRoot();

describe('time in each STAR part', () => {
  it('invites marking when nothing is marked', () => {
    act(() => mounted.root.render(<StarTimingPanel marks={EMPTY_STAR_MARKS} span={{ startMs: 0, endMs: 60_000 }} />));
    expect(mounted.container.textContent).toContain('Mark where each part begins');
  });

  it('lists each part’s time and share, and advises when the setup crowds out the rest', () => {
    const marks = { situation: 0, task: 20_000, action: 40_000, result: 50_000 };
    act(() => mounted.root.render(<StarTimingPanel marks={marks} span={{ startMs: 0, endMs: 60_000 }} />));
    const items = [...mounted.container.querySelectorAll('[data-testid="star-timing"] li')].map((li) => li.textContent);
    expect(items).toEqual(['Situation 20 s (33%)', 'Task 20 s (33%)', 'Action 10 s (17%)', 'Result 10 s (17%)']);
    expect(mounted.container.querySelector('[data-advice="setup_long"]')).not.toBeNull();
  });

  it('says when no Result is marked', () => {
    act(() =>
      mounted.root.render(
        <StarTimingPanel marks={{ situation: 0, task: 5000, action: 10_000, result: null }} span={{ startMs: 0, endMs: 60_000 }} />,
      ),
    );
    expect(mounted.container.querySelector('[data-advice="no_result"]')).not.toBeNull();
  });
});
