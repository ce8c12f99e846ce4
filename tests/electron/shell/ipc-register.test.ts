import { describe, expect, it, vi } from 'vitest';
import { channelNames } from '#shared/contract/channels.js';
import { registerIpc } from '#electron/shell/ipc-register.js';

type Listener = (event: { senderFrame: unknown }, payload: unknown) => Promise<unknown>;

describe('Electron IPC registration', () => {
  function register() {
    const handlers = new Map<string, Listener>();
    const dispatch = vi.fn(async (channel: unknown) => ({ ok: true as const, value: channel }));
    registerIpc({ handle: (channel: string, listener: unknown) => void handlers.set(channel, listener as Listener) } as never, dispatch);
    return { handlers, dispatch };
  }
  const ownFrame = { url: 'studio://app/index.html', parent: null };

  it('registers exactly the contract channels, each through the dispatcher', async () => {
    const { handlers, dispatch } = register();
    expect([...handlers.keys()].sort()).toEqual([...channelNames].sort());
    for (const channel of channelNames) {
      expect(await handlers.get(channel)!({ senderFrame: ownFrame }, { x: 1 })).toEqual({ ok: true, value: channel });
    }
    expect(dispatch).toHaveBeenCalledTimes(channelNames.length);
  });

  it.each([
    ['a foreign origin', { url: 'https://evil.example/', parent: null }],
    ['a subframe', { url: 'studio://app/index.html', parent: ownFrame }],
    ['no frame', null],
  ])('refuses calls from %s without dispatching', async (_name, senderFrame) => {
    const { handlers, dispatch } = register();
    expect(await handlers.get('settings:set')!({ senderFrame }, { thinkSeconds: 1 })).toMatchObject({
      ok: false,
      error: { code: 'invalid_request' },
    });
    expect(dispatch).not.toHaveBeenCalled();
  });
});
