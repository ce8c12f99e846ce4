import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BINARY_CONTENT_TYPE, decodeBinaryRequest, decodeWire, encodeRequestBody, encodeWire } from '#shared/contract/wire.js';

describe('wire codec', () => {
  it('round-trips bytes nested in a payload', () => {
    const payload = { recordingId: 'x', seq: 3, bytes: new Uint8Array([0, 1, 254, 255]) };
    const back = decodeWire(encodeWire(payload)) as typeof payload;
    expect(back.bytes).toBeInstanceOf(Uint8Array);
    expect([...back.bytes]).toEqual([0, 1, 254, 255]);
    expect(back.seq).toBe(3);
  });

  it('round-trips any byte array, including large ones', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 70_000 }), (bytes) => {
        const back = decodeWire(encodeWire({ bytes })) as { bytes: Uint8Array };
        expect(Buffer.from(back.bytes).equals(Buffer.from(bytes))).toBe(true);
      }),
      { numRuns: 50 },
    );
  });

  it('leaves ordinary objects alone', () => {
    expect(decodeWire(encodeWire({ a: { $bytes: 1 }, b: [1, 'x'] }))).toEqual({ a: { $bytes: 1 }, b: [1, 'x'] });
  });

  it('throws on malformed text', () => {
    expect(() => decodeWire('{nope')).toThrow(SyntaxError);
  });
});

describe('binary request bodies', () => {
  it('sends a request without bytes as JSON, and one with bytes as a binary frame that reads back as views, not copies', () => {
    expect(encodeRequestBody({ a: 1 })).toEqual({ contentType: 'application/json', body: '{"a":1}' });
    expect(encodeRequestBody(undefined)).toEqual({ contentType: 'application/json', body: '' });
    const { contentType, body } = encodeRequestBody({ id: 'x', seq: 2, bytes: new Uint8Array([5, 6, 7]) });
    expect(contentType).toBe(BINARY_CONTENT_TYPE);
    const back = decodeBinaryRequest(body as Uint8Array) as { id: string; seq: number; bytes: Uint8Array };
    expect(back).toMatchObject({ id: 'x', seq: 2 });
    expect(back.bytes.buffer).toBe((body as Uint8Array).buffer);
    expect([...back.bytes]).toEqual([5, 6, 7]);
    // Text outside ASCII travels escaped in the head and comes back as it was.
    const text = 'résumé — “quotes” 🎙️ \u007f';
    const round = decodeBinaryRequest(encodeRequestBody({ text, bytes: new Uint8Array(1) }).body as Uint8Array) as { text: string };
    expect(round.text).toBe(text);
    // A Node Buffer (what a script reading a file has) goes as its bytes, not as Buffer's JSON form.
    const fromFile = encodeRequestBody({ bytes: Buffer.from([1, 2, 3]) });
    expect(fromFile.contentType).toBe(BINARY_CONTENT_TYPE);
    expect([...(decodeBinaryRequest(fromFile.body as Uint8Array) as { bytes: Uint8Array }).bytes]).toEqual([1, 2, 3]);
  });

  it('round-trips any payload with any number of byte arrays, nested anywhere', () => {
    fc.assert(
      fc.property(fc.array(fc.uint8Array({ maxLength: 2000 }), { maxLength: 4 }), fc.string(), (arrays, text) => {
        const payload = { text, nested: { list: arrays }, first: arrays[0] ?? null };
        const { body } = encodeRequestBody(payload);
        const back = typeof body === 'string' ? JSON.parse(body) : decodeBinaryRequest(body);
        const plain = (v: unknown) => JSON.parse(JSON.stringify(v, (_k, x: unknown) => (x instanceof Uint8Array ? [...x] : x)));
        expect(plain(back)).toEqual(plain(payload));
      }),
      { numRuns: 100 },
    );
  });

  it('never throws anything but a SyntaxError on arbitrary bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        try {
          decodeBinaryRequest(bytes);
        } catch (error) {
          expect(error).toBeInstanceOf(SyntaxError);
        }
      }),
      { numRuns: 500 },
    );
  });
});
