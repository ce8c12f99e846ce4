/**
 * HMAC-SHA-256, synchronous, for the browser bridge's signed media URLs: `mediaUrl()` must answer
 * at once (an `<audio src>` is set from it), and the page's Web Crypto only answers in a promise.
 * Checked against Node's crypto in tests/shared/contract/hmac-sha256.test.ts.
 */
const primes = (count: number): number[] => {
  const found: number[] = [];
  for (let n = 2; found.length < count; n++) if (found.every((p) => n % p !== 0)) found.push(n);
  return found;
};
// FIPS 180-4 §4.2.2 and §5.3.3: the fractional parts of the primes' cube and square roots.
const fraction = (x: number): number => Math.floor((x - Math.floor(x)) * 2 ** 32) >>> 0;
const K = Uint32Array.from(primes(64), (p) => fraction(Math.cbrt(p)));
const INITIAL = Uint32Array.from(primes(8), (p) => fraction(Math.sqrt(p)));

const rotr = (x: number, n: number): number => (x >>> n) | (x << (32 - n));

export function sha256(data: Uint8Array): Uint8Array {
  const blocks = new Uint8Array(((data.length + 9 + 63) >> 6) << 6);
  blocks.set(data);
  blocks[data.length] = 0x80;
  const view = new DataView(blocks.buffer);
  view.setUint32(blocks.length - 8, Math.floor(data.length / 2 ** 29));
  view.setUint32(blocks.length - 4, (data.length * 8) >>> 0);
  const h = Uint32Array.from(INITIAL);
  const w = new Uint32Array(64);
  const at = (array: Uint32Array, i: number): number => array[i]!;
  for (let offset = 0; offset < blocks.length; offset += 64) {
    for (let i = 0; i < 16; i++) w[i] = view.getUint32(offset + i * 4);
    for (let i = 16; i < 64; i++) {
      const a = at(w, i - 15);
      const b = at(w, i - 2);
      w[i] = at(w, i - 16) + (rotr(a, 7) ^ rotr(a, 18) ^ (a >>> 3)) + at(w, i - 7) + (rotr(b, 17) ^ rotr(b, 19) ^ (b >>> 10));
    }
    let [a, b, c, d, e, f, g, hh] = h as unknown as number[] as [number, number, number, number, number, number, number, number];
    for (let i = 0; i < 64; i++) {
      const t1 = (hh + (rotr(e, 6) ^ rotr(e, 11) ^ rotr(e, 25)) + ((e & f) ^ (~e & g)) + at(K, i) + at(w, i)) | 0;
      const t2 = ((rotr(a, 2) ^ rotr(a, 13) ^ rotr(a, 22)) + ((a & b) ^ (a & c) ^ (b & c))) | 0;
      [hh, g, f, e, d, c, b, a] = [g, f, e, (d + t1) | 0, c, b, a, (t1 + t2) | 0];
    }
    [a, b, c, d, e, f, g, hh].forEach((v, i) => (h[i] = at(h, i) + v));
  }
  const out = new Uint8Array(32);
  const outView = new DataView(out.buffer);
  h.forEach((v, i) => outView.setUint32(i * 4, v));
  return out;
}

/** UTF-8, as TextEncoder and Node write it (a lone surrogate as U+FFFD); shared/ has neither DOM nor Node types. */
function utf8(text: string): Uint8Array {
  const out: number[] = [];
  for (const char of text) {
    let c = char.codePointAt(0)!;
    if (c >= 0xd800 && c <= 0xdfff) c = 0xfffd;
    if (c < 0x80) out.push(c);
    else if (c < 0x800) out.push(0xc0 | (c >> 6), 0x80 | (c & 63));
    else if (c < 0x10000) out.push(0xe0 | (c >> 12), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
    else out.push(0xf0 | (c >> 18), 0x80 | ((c >> 12) & 63), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
  }
  return Uint8Array.from(out);
}

/** HMAC (RFC 2104) with SHA-256, as lowercase hex. */
export function hmacSha256Hex(key: string, message: string): string {
  let keyBytes = utf8(key);
  if (keyBytes.length > 64) keyBytes = sha256(keyBytes);
  const pad = (byte: number) => Uint8Array.from({ length: 64 }, (_, i) => (keyBytes[i] ?? 0) ^ byte);
  const join = (a: Uint8Array, b: Uint8Array) => {
    const all = new Uint8Array(a.length + b.length);
    all.set(a);
    all.set(b, a.length);
    return all;
  };
  const inner = sha256(join(pad(0x36), utf8(message)));
  return Array.from(sha256(join(pad(0x5c), inner)), (byte) => byte.toString(16).padStart(2, '0')).join('');
}
