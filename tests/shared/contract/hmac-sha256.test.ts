import { createHash, createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { hmacSha256Hex, sha256 } from '#shared/contract/hmac-sha256.js';

const hex = (bytes: Uint8Array) => Buffer.from(bytes).toString('hex');

describe("the bridge's HMAC-SHA-256", () => {
  it('hashes as Node does, across block boundaries and lengths', () => {
    for (const length of [0, 1, 55, 56, 63, 64, 65, 119, 120, 1000]) {
      const data = Uint8Array.from({ length }, (_, i) => (i * 31 + 7) & 0xff);
      expect(hex(sha256(data)), `length ${length}`).toBe(createHash('sha256').update(data).digest('hex'));
    }
  });

  it('signs as Node does, for short, long and non-ASCII keys and messages', () => {
    for (const [key, message] of [
      ['a'.repeat(48), '/media/6a1b2c3d-4e5f-4a6b-8c7d-0e1f2a3b4c5d'],
      ['', ''],
      ['k'.repeat(200), '/exports/interview-studio-20261127-100000.zip'],
      ['résumé', 'naïve ✓'],
      ['🎙️ key', 'lone \ud800 surrogate, 𝄞'],
    ]) {
      expect(hmacSha256Hex(key!, message!)).toBe(createHmac('sha256', key!).update(message!).digest('hex'));
    }
  });
});
