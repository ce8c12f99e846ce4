/**
 * JSON cannot carry bytes, and the browser host speaks JSON over HTTP. Uint8Array values are
 * written as `{ "$bytes": "<base64>" }` and read back as Uint8Array, on both sides of the wire.
 * (Electron's IPC uses structured clone and needs none of this.)
 */
const BYTES_KEY = '$bytes';

function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  return btoa(binary);
}

function fromBase64(text: string): Uint8Array {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

export function encodeWire(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) => (v instanceof Uint8Array ? { [BYTES_KEY]: toBase64(v) } : v));
}

/** Throws SyntaxError on malformed JSON or base64; callers turn that into `invalid_request`. */
export function decodeWire(text: string): unknown {
  return JSON.parse(text, (_key, v: unknown) => {
    if (v && typeof v === 'object' && !Array.isArray(v)) {
      const keys = Object.keys(v);
      const b = (v as Record<string, unknown>)[BYTES_KEY];
      if (keys.length === 1 && typeof b === 'string') return fromBase64(b);
    }
    return v;
  });
}
