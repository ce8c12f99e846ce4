// @vitest-environment happy-dom
import { act } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Attempt } from '#shared/schemas/attempt.js';
import type { StudioClient } from '#renderer/api/client.js';
import { UNDO_DELETE_MS, usePendingDelete } from '#renderer/practice/usePendingDelete.js';
import { makeAttempt } from '#tests/support/attempt-factory.js';
import { useMountedRoot } from '#tests/support/mount.js';

const mounted = useMountedRoot();
const remove = vi.fn(async (_request: { attemptId: string }) => ({ deleted: true }));
const client = { attempts: { delete: remove } } as unknown as StudioClient;
const deleted = vi.fn();
let hook: ReturnType<typeof usePendingDelete>;

function Harness() {
  hook = usePendingDelete({ client, onDeleted: deleted });
  return null;
}

const advance = (ms: number) => act(async () => void (await vi.advanceTimersByTimeAsync(ms)));
const take = (id: string): Attempt => makeAttempt({ id });

beforeEach(async () => {
  vi.useFakeTimers();
  remove.mockClear();
  deleted.mockClear();
  await mounted.render(<Harness />);
});
afterEach(() => vi.useRealTimers());

describe('deleting a take with an undo window', () => {
  it('hides the take at once and deletes it only when the window closes', async () => {
    await act(async () => hook.schedule(take('a1')));
    expect(hook.pending?.id).toBe('a1');
    await advance(UNDO_DELETE_MS - 1);
    expect(remove).not.toHaveBeenCalled();
    await advance(1);
    expect(remove).toHaveBeenCalledWith({ attemptId: 'a1' });
    expect(hook.pending).toBeNull();
    expect(deleted).toHaveBeenCalledTimes(1);
  });

  it('undo brings it back and nothing is ever deleted', async () => {
    await act(async () => hook.schedule(take('a1')));
    await advance(5_000);
    await act(async () => hook.undo());
    expect(hook.pending).toBeNull();
    await advance(60_000);
    expect(remove).not.toHaveBeenCalled();
  });

  it('a second deletion commits the first at once and opens its own window', async () => {
    await act(async () => hook.schedule(take('a1')));
    await act(async () => hook.schedule(take('a2')));
    expect(remove).toHaveBeenCalledWith({ attemptId: 'a1' });
    expect(hook.pending?.id).toBe('a2');
    await advance(UNDO_DELETE_MS);
    expect(remove.mock.calls.map(([r]) => r.attemptId)).toEqual(['a1', 'a2']);
  });

  it('leaving the screen inside the window deletes the take then', async () => {
    await act(async () => hook.schedule(take('a1')));
    await act(async () => mounted.root.unmount());
    expect(remove).toHaveBeenCalledWith({ attemptId: 'a1' });
  });

  it('a deletion that fails says so, and the take is not hidden any more', async () => {
    remove.mockRejectedValueOnce(new Error('disk'));
    await act(async () => hook.schedule(take('a1')));
    await advance(UNDO_DELETE_MS);
    expect(hook.pending).toBeNull();
    expect(hook.failed?.id).toBe('a1');
  });
});
