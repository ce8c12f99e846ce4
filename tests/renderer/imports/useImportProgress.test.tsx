// @vitest-environment happy-dom
import { act } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ClientContext } from '#renderer/api/ClientContext.js';
import type { StudioClient } from '#renderer/api/client.js';
import { useImportProgress } from '#renderer/imports/useImportProgress.js';
import type { ImportProgress } from '#shared/schemas/imports.js';
import { useMountedRoot } from '#tests/support/mount.js';

const mounted = useMountedRoot();
const ID = '6a1b2c3d-4e5f-4a6b-8c7d-0e1f2a3b4c5d';

function Shows({ importId }: { importId: string | null }) {
  const progress = useImportProgress(importId);
  return <p>{progress ? `${progress.stage} ${progress.done}/${progress.total}` : 'none'}</p>;
}

/** A main whose check advances one entry each time it is asked. */
function fakeClient() {
  let done = 0;
  const status = vi.fn(async (): Promise<ImportProgress> => ({ stage: 'checking', done: done++, total: 10, bytesDone: 0, bytesTotal: 0 }));
  return { client: { imports: { status } } as unknown as StudioClient, status };
}

describe('useImportProgress', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  const show = (client: StudioClient, importId: string | null) =>
    mounted.render(
      <ClientContext.Provider value={client}>
        <Shows importId={importId} />
      </ClientContext.Provider>,
    );
  const text = () => mounted.container.textContent;
  const tick = (ms: number) => act(async () => void (await vi.advanceTimersByTimeAsync(ms)));

  it('asks main every 250 ms, one call at a time, and shows each answer', async () => {
    const { client, status } = fakeClient();
    await show(client, ID);
    await tick(0);
    expect(text()).toBe('checking 0/10');
    expect(status).toHaveBeenCalledTimes(1);
    await tick(249);
    expect(status).toHaveBeenCalledTimes(1);
    await tick(1);
    expect(text()).toBe('checking 1/10');
    await tick(750);
    expect(status).toHaveBeenCalledTimes(5);
    expect(text()).toBe('checking 4/10');
    expect(status).toHaveBeenCalledWith({ importId: ID });
  });

  it('stops asking when there is nothing to follow, and when the screen goes away', async () => {
    const { client, status } = fakeClient();
    await show(client, ID);
    await tick(300);
    await show(client, null);
    expect(text()).toBe('none');
    const calls = status.mock.calls.length;
    await tick(2000);
    expect(status).toHaveBeenCalledTimes(calls);

    await show(client, ID);
    await tick(300);
    act(() => mounted.root.unmount());
    const after = status.mock.calls.length;
    await tick(2000);
    expect(status).toHaveBeenCalledTimes(after);
  });

  it('keeps the last answer through a failed call and goes on asking', async () => {
    const { client, status } = fakeClient();
    await show(client, ID);
    await tick(0);
    status.mockRejectedValueOnce(new Error('gone for a moment'));
    await tick(250);
    expect(text()).toBe('checking 0/10');
    await tick(250);
    expect(text()).toBe('checking 1/10');
  });
});
