import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeWire, encodeWire } from '#shared/contract/wire.js';

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
