import { describe, expect, it, vi } from 'vitest';
import { buildStudioApi, type StudioBridge } from '#shared/contract/api.js';
import { channelNames } from '#shared/contract/channels.js';
import { StudioError, fail, ok } from '#shared/contract/errors.js';
import { createClient } from '#renderer/api/client.js';
import { describeError } from '#renderer/api/messages.js';

function bridge(invoke: (channel: string, request: unknown) => Promise<unknown>): StudioBridge {
  const api = buildStudioApi(channelNames, invoke as never);
  return { ...api, mediaUrl: (id: string) => `/media/${id}` };
}

describe('renderer client', () => {
  it('unwraps ok results into values and passes the request through', async () => {
    const invoke = vi.fn(async () => ok({ recordingId: 'x' }));
    const client = createClient(bridge(invoke));
    await expect(client.recordings.begin({ questionId: 'q', mimeType: 'audio/webm' })).resolves.toEqual({ recordingId: 'x' });
    expect(invoke).toHaveBeenCalledWith('recordings:begin', { questionId: 'q', mimeType: 'audio/webm' });
  });

  it('throws a StudioError carrying the code of a failed result', async () => {
    const client = createClient(bridge(async () => fail('disk_full', 'No space left')));
    const error = await client.recordings.append({ recordingId: 'r', seq: 0, bytes: new Uint8Array(1) }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StudioError);
    expect(error).toMatchObject({ code: 'disk_full', message: 'No space left' });
    expect(describeError(error)).toMatch(/disk is full/);
  });

  it('a transport failure becomes an internal StudioError', async () => {
    const client = createClient(bridge(async () => Promise.reject(new TypeError('Failed to fetch'))));
    await expect(client.settings.get()).rejects.toMatchObject({ code: 'internal', message: 'Failed to fetch' });
  });

  it('keeps mediaUrl', () => {
    expect(createClient(bridge(async () => ok(null))).mediaUrl('abc')).toBe('/media/abc');
  });

  it('validation errors keep main’s detail so the user can fix the field', () => {
    expect(describeError(new StudioError('invalid_request', 'thinkSeconds: too big'))).toMatch(/thinkSeconds: too big/);
  });
});
