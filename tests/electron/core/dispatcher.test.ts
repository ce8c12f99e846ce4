import { describe, expect, it, vi } from 'vitest';
import { channelNames } from '#shared/contract/channels.js';
import { StudioError } from '#shared/contract/errors.js';
import { DEFAULT_SETTINGS } from '#shared/schemas/settings.js';
import { createDispatcher, type Handlers } from '#electron/core/dispatcher.js';

function handlersThatThrow(): Handlers {
  const entries = channelNames.map((c) => [
    c,
    vi.fn(() => {
      throw new Error(`${c} should not be called`);
    }),
  ]);
  return Object.fromEntries(entries) as unknown as Handlers;
}

describe('dispatcher', () => {
  it('refuses an unknown channel with a typed error', async () => {
    const dispatch = createDispatcher(handlersThatThrow());
    expect(await dispatch('files:readAny', {})).toMatchObject({ ok: false, error: { code: 'unknown_channel' } });
    expect(await dispatch(42, {})).toMatchObject({ ok: false, error: { code: 'unknown_channel' } });
    expect(await dispatch('__proto__', {})).toMatchObject({ ok: false, error: { code: 'unknown_channel' } });
  });

  it('refuses a malformed payload before the handler runs', async () => {
    const handlers = handlersThatThrow();
    const dispatch = createDispatcher(handlers);
    const result = await dispatch('settings:set', { thinkSeconds: 'thirty' });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid_request' } });
    expect(handlers['settings:set']).not.toHaveBeenCalled();
    expect(await dispatch('attempts:get', { attemptId: '../../etc/passwd' })).toMatchObject({
      ok: false,
      error: { code: 'invalid_request' },
    });
  });

  it('passes a parsed payload and returns the value', async () => {
    const handlers = handlersThatThrow();
    handlers['settings:set'] = vi.fn((patch) => ({ ...DEFAULT_SETTINGS, ...patch }));
    const dispatch = createDispatcher(handlers);
    expect(await dispatch('settings:set', { thinkSeconds: 5 })).toEqual({ ok: true, value: { ...DEFAULT_SETTINGS, thinkSeconds: 5 } });
  });

  it('carries a StudioError across as its code and message', async () => {
    const handlers = handlersThatThrow();
    handlers['settings:get'] = () => {
      throw new StudioError('disk_full', 'The disk is full.');
    };
    expect(await createDispatcher(handlers)('settings:get', undefined)).toEqual({
      ok: false,
      error: { code: 'disk_full', message: 'The disk is full.' },
    });
  });

  it('hides unexpected errors behind an internal error and logs them', async () => {
    const log = vi.fn();
    const handlers = handlersThatThrow();
    const result = await createDispatcher(handlers, log)('settings:get', undefined);
    expect(result).toMatchObject({ ok: false, error: { code: 'internal' } });
    expect(JSON.stringify(result)).not.toContain('should not be called');
    expect(log).toHaveBeenCalled();
  });

  it('refuses to send a response outside the contract', async () => {
    const handlers = handlersThatThrow();
    handlers['settings:get'] = () => ({ thinkSeconds: -1 }) as never;
    expect(await createDispatcher(handlers)('settings:get', undefined)).toMatchObject({ ok: false, error: { code: 'internal' } });
  });
});
