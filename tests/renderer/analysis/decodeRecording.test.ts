import { afterEach, describe, expect, it, vi } from 'vitest';
import { decodeRecording } from '#renderer/analysis/decodeRecording.js';

/** Web Audio is not in Node: a stand-in decoder that returns a two-channel buffer. */
class FakeOfflineAudioContext {
  static rates: number[] = [];
  constructor(_channels: number, _length: number, sampleRate: number) {
    FakeOfflineAudioContext.rates.push(sampleRate);
  }
  async decodeAudioData(bytes: ArrayBuffer) {
    if (bytes.byteLength === 0) throw new DOMException('Unable to decode audio data', 'EncodingError');
    const data = [new Float32Array([0.1, 0.2, 0.3]), new Float32Array([-0.1, -0.2, -0.3])];
    return {
      numberOfChannels: 2,
      length: 3,
      sampleRate: 48_000,
      copyFromChannel: (target: Float32Array, channel: number) => target.set(data[channel]!),
    };
  }
}

afterEach(() => vi.unstubAllGlobals());

describe('decoding a recording', () => {
  it('fetches the media URL uncached and decodes every channel at 48 kHz', async () => {
    vi.stubGlobal('OfflineAudioContext', FakeOfflineAudioContext);
    const fetchStub = vi.fn(async () => new Response(new Uint8Array([1, 2, 3])));
    const audio = await decodeRecording('media/abc', fetchStub as unknown as typeof fetch);
    expect(fetchStub).toHaveBeenCalledWith('media/abc', { cache: 'no-store' });
    expect(FakeOfflineAudioContext.rates).toContain(48_000);
    expect(audio.sampleRate).toBe(48_000);
    expect(audio.channels.map((c) => [...c].map((x) => Math.round(x * 10)))).toEqual([
      [1, 2, 3],
      [-1, -2, -3],
    ]);
  });

  it('fails with a readable reason on an HTTP error or undecodable bytes', async () => {
    vi.stubGlobal('OfflineAudioContext', FakeOfflineAudioContext);
    await expect(decodeRecording('x', (async () => new Response('', { status: 404 })) as unknown as typeof fetch)).rejects.toThrow(
      'HTTP 404',
    );
    await expect(decodeRecording('x', (async () => new Response(new Uint8Array(0))) as unknown as typeof fetch)).rejects.toThrow(
      'Unable to decode',
    );
  });
});
