import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { EMPTY_REVIEW, type Review } from '#shared/schemas/attempt.js';
import { createReviewSaver, type SaveStatus } from '#renderer/lib/autosave/reviewSaver.js';
import { nextMark } from '#renderer/review/useReviewAutosave.js';

const withNote = (nextTime: string): Review => ({ ...EMPTY_REVIEW, nextTime });

function setup(save: (r: Review) => Promise<unknown> = async () => {}) {
  const statuses: SaveStatus['state'][] = [];
  const saved: Review[] = [];
  const saver = createReviewSaver({
    save: async (r) => {
      await save(r);
      saved.push(r);
    },
    onStatus: (s) => statuses.push(s.state),
  });
  return { saver, statuses, saved };
}

describe('review saver', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('debounces typing: one save, of the newest text, 400 ms after the last change', async () => {
    const { saver, saved, statuses } = setup();
    saver.update(withNote('N'));
    await vi.advanceTimersByTimeAsync(300);
    saver.update(withNote('Ne'));
    await vi.advanceTimersByTimeAsync(300);
    saver.update(withNote('Next'));
    await vi.advanceTimersByTimeAsync(399);
    expect(saved).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    expect(saved).toEqual([withNote('Next')]);
    expect(statuses.at(-1)).toBe('saved');
  });

  it('saves marks at once', async () => {
    const { saver, saved } = setup();
    saver.update({ ...EMPTY_REVIEW, marks: { star: 'met' } }, true);
    await vi.advanceTimersByTimeAsync(0);
    expect(saved).toEqual([{ ...EMPTY_REVIEW, marks: { star: 'met' } }]);
  });

  it('flush saves pending text now (blur, hiding the window)', async () => {
    const { saver, saved } = setup();
    saver.update(withNote('draft'));
    expect(saver.hasUnsaved).toBe(true);
    await saver.flush();
    expect(saved).toEqual([withNote('draft')]);
    expect(saver.hasUnsaved).toBe(false);
    await vi.advanceTimersByTimeAsync(1000);
    expect(saved).toHaveLength(1); // the cancelled timer does not save again
  });

  it('never overlaps saves; edits during a save are coalesced into one follow-up', async () => {
    let release!: () => void;
    let active = 0;
    let maxActive = 0;
    const { saver, saved } = setup(async () => {
      active++;
      maxActive = Math.max(maxActive, active);
      if (saved.length === 0) await new Promise<void>((r) => (release = r));
      active--;
    });
    saver.update(withNote('a'), true);
    await vi.advanceTimersByTimeAsync(0);
    saver.update(withNote('b'), true);
    saver.update(withNote('c'), true);
    await vi.advanceTimersByTimeAsync(0);
    release();
    await saver.flush();
    expect(maxActive).toBe(1);
    expect(saved).toEqual([withNote('a'), withNote('c')]);
  });

  it('a failed save is reported and kept, and the next flush retries it', async () => {
    let fail = true;
    const { saver, saved, statuses } = setup(async () => {
      if (fail) throw new Error('disk');
    });
    saver.update(withNote('keep me'), true);
    await vi.advanceTimersByTimeAsync(0);
    expect(statuses.at(-1)).toBe('error');
    expect(saver.hasUnsaved).toBe(true);
    fail = false;
    await saver.flush();
    expect(saved).toEqual([withNote('keep me')]);
    expect(statuses.at(-1)).toBe('saved');
  });
});

describe('number keys cycle a mark', () => {
  it('unmarked → met → partly → not met → unmarked', () => {
    expect(nextMark(undefined)).toBe('met');
    expect(nextMark('met')).toBe('partly');
    expect(nextMark('partly')).toBe('not_met');
    expect(nextMark('not_met')).toBeUndefined();
  });
});
